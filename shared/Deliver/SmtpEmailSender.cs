using System.Net.Sockets;
using Alerts.Observability;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Alerts.Deliver;

/// <summary>
/// Sends one digest mail over SMTP with MailKit: multipart/alternative (text, then HTML), the caller's
/// stable Message-Id, and its extra headers (List-Unsubscribe...). Failures become outcomes: what may pass
/// (connection, 4xx) is Transient, a refused recipient (5xx) is Permanent.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options, ILogger<SmtpEmailSender>? logger = null) : IEmailSender
{
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Cc", "Bcc", "Subject", "Message-Id", "Date", "Content-Type", "Content-Transfer-Encoding", "MIME-Version",
    };

    private readonly ILogger logger = logger ?? NullLogger<SmtpEmailSender>.Instance;

    public async Task<SendResult> SendAsync(EmailEnvelope message, CancellationToken cancellationToken = default)
    {
        MimeMessage mime;
        try
        {
            mime = Build(message);
        }
        catch (Exception ex) when (ex is ArgumentException or ParseException or FormatException)
        {
            return new SendResult(SendOutcome.Permanent, $"Invalid message: {ex.Message}");
        }

        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, SecureSocket(options.Tls), cancellationToken);
            if (!string.IsNullOrEmpty(options.User))
            {
                await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
            }
            var response = await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            logger.LogInformation("Mail {MessageId} sent to {Recipient}", mime.MessageId, Redact.Email(message.To));
            return SendResult.Ok(response);
        }
        catch (SmtpCommandException ex)
        {
            var result = Classify(ex);
            logger.LogWarning("SMTP refused mail {MessageId} to {Recipient}: {Status} {Outcome}",
                mime.MessageId, Redact.Email(message.To), (int)ex.StatusCode, result.Outcome);
            return result;
        }
        catch (AuthenticationException ex)
        {
            // Our credentials, not the subscriber: never mark the channel unhealthy for it.
            logger.LogError("SMTP authentication failed: {Error}", ex.Message);
            return new SendResult(SendOutcome.Transient, "SMTP authentication failed: " + ex.Message);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
                                       or SslHandshakeException or TimeoutException or ProtocolException
                                   || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("SMTP connection to {Host}:{Port} failed: {Error}", options.Host, options.Port, ex.Message);
            return new SendResult(SendOutcome.Transient, $"SMTP connection failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    internal static SendResult Classify(SmtpCommandException ex)
    {
        var code = (int)ex.StatusCode;
        var detail = $"SMTP {code} ({ex.ErrorCode}): {ex.Message}";
        if (code is >= 400 and < 500) return new SendResult(SendOutcome.Transient, detail);
        // A 5xx on the sender means our configuration is wrong; retrying later after a fix can still deliver.
        if (ex.ErrorCode == SmtpErrorCode.SenderNotAccepted) return new SendResult(SendOutcome.Transient, detail);
        return new SendResult(SendOutcome.Permanent, detail);
    }

    internal MimeMessage Build(EmailEnvelope message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Date = DateTimeOffset.UtcNow;
        mime.MessageId = MessageId(message.MessageId, options.FromAddress);
        foreach (var (name, value) in message.Headers)
        {
            if (ReservedHeaders.Contains(name)) continue;
            if (name.Any(c => c <= ' ' || c == ':' || c > '~') || value.Any(c => c is '\r' or '\n'))
            {
                throw new ArgumentException($"Header '{name}' is not a valid single-line header.");
            }
            mime.Headers.Add(name, value);
        }
        mime.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = message.Text },
            new TextPart("html") { Text = message.Html },
        };
        return mime;
    }

    /// <summary>The caller's id as a Message-Id: angle brackets removed, a domain added when it has none.</summary>
    internal static string MessageId(string id, string fromAddress)
    {
        var bare = id.Trim().Trim('<', '>');
        if (bare.Length == 0 || bare.Any(c => c <= ' ' || c is '<' or '>' or '"' or ',')) throw new ArgumentException($"Unusable Message-Id '{id}'.");
        if (bare.Contains('@')) return bare;
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 ? fromAddress[(at + 1)..] : "alerts.local";
        return $"{bare}@{domain}";
    }

    private static SecureSocketOptions SecureSocket(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

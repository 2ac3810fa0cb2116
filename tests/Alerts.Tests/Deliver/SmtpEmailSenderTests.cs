using Alerts.Deliver;
using MailKit.Net.Smtp;
using MimeKit;

namespace Alerts.Tests.Deliver;

public class SmtpEmailSenderTests
{
    private static readonly SmtpOptions Options = new() { Host = "127.0.0.1", FromAddress = "digest@alerts.example.org", FromName = "Alerts" };

    private static EmailEnvelope Envelope(IReadOnlyDictionary<string, string>? headers = null) => new()
    {
        To = "jane.doe@example.org",
        Subject = "2 new: A; B",
        Html = "<p>html</p>",
        Text = "text",
        MessageId = "digest-s1-20261122",
        Headers = headers ?? ListUnsubscribe.Headers(new Uri("https://alerts.example.org/u?token=t"), "unsubscribe@alerts.example.org"),
    };

    [Fact]
    public void BuildsMultipartAlternativeWithUnsubscribeHeaders()
    {
        var mime = new SmtpEmailSender(Options).Build(Envelope());
        var body = Assert.IsType<MultipartAlternative>(mime.Body);
        Assert.Equal(["text/plain", "text/html"], body.Select(p => p.ContentType.MimeType));
        Assert.Equal("<https://alerts.example.org/u?token=t>, <mailto:unsubscribe@alerts.example.org?subject=unsubscribe>", mime.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mime.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("digest-s1-20261122@alerts.example.org", mime.MessageId);
        Assert.Equal("digest@alerts.example.org", mime.From.Mailboxes.Single().Address);
    }

    [Fact]
    public void ReservedHeadersCannotBeOverriddenAndInjectionIsRefused()
    {
        var sender = new SmtpEmailSender(Options);
        var mime = sender.Build(Envelope(new Dictionary<string, string> { ["Bcc"] = "x@example.org", ["X-Digest"] = "1" }));
        Assert.Empty(mime.Bcc);
        Assert.Equal("1", mime.Headers["X-Digest"]);
        Assert.Throws<ArgumentException>(() => sender.Build(Envelope(new Dictionary<string, string> { ["X-A"] = "v\r\nBcc: x@example.org" })));
    }

    [Theory]
    [InlineData("<abc@host.example>", "abc@host.example")]
    [InlineData("abc", "abc@alerts.example.org")]
    public void MessageIdKeepsTheCallersId(string id, string expected) =>
        Assert.Equal(expected, SmtpEmailSender.MessageId(id, "digest@alerts.example.org"));

    [Theory]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, SendOutcome.Permanent)]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxNameNotAllowed, SendOutcome.Permanent)]
    [InlineData(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, SendOutcome.Transient)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.InsufficientStorage, SendOutcome.Transient)]
    [InlineData(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ExceededStorageAllocation, SendOutcome.Permanent)]
    [InlineData(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, SendOutcome.Transient)]
    [InlineData(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.ServiceNotAvailable, SendOutcome.Transient)]
    public void ClassifiesSmtpReplies(SmtpErrorCode error, SmtpStatusCode status, SendOutcome expected) =>
        Assert.Equal(expected, SmtpEmailSender.Classify(new SmtpCommandException(error, status, "refused")).Outcome);

    [Theory]
    [InlineData("none", SmtpTlsMode.None)]
    [InlineData("STARTTLS", SmtpTlsMode.StartTls)]
    [InlineData("ssl-on-connect", SmtpTlsMode.SslOnConnect)]
    [InlineData("auto", SmtpTlsMode.Auto)]
    public void ParsesTlsModes(string text, SmtpTlsMode mode) => Assert.Equal(mode, SmtpOptions.ParseTls(text));

    [Fact]
    public void UnknownTlsModeIsAClearError() =>
        Assert.Contains("none, starttls", Assert.Throws<FormatException>(() => SmtpOptions.ParseTls("maybe")).Message);

    [Fact]
    public async Task InvalidRecipientIsPermanentWithoutConnecting()
    {
        var result = await new SmtpEmailSender(Options with { Host = "unused.invalid" }).SendAsync(Envelope() with { To = "not an address" });
        Assert.Equal(SendOutcome.Permanent, result.Outcome);
    }
}

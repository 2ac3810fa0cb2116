using Alerts.Deliver;
using Microsoft.Extensions.Configuration;
using NCrontab;

namespace Alerts.Pipeline;

/// <summary>
/// The app settings the pipeline reads (environment variables in Azure, with "__" for ":"). Read once at
/// start-up; every problem is reported together, each naming its setting.
/// </summary>
public sealed record AlertsSettings
{
    public required Uri PublicBaseUrl { get; init; }
    public required string TokenSigningKey { get; init; }
    public required string SecretProtectionKey { get; init; }
    public required SmtpOptions Smtp { get; init; }
    public required string SourcesPath { get; init; }
    public bool AllowLoopback { get; init; }
    public TimeSpan DigestSettle { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Deliver:FirstRetrySeconds, Deliver:MaxRetrySeconds, Deliver:ClaimLeaseSeconds; null keeps DeliverOptions' defaults.</summary>
    public TimeSpan? DeliverFirstRetry { get; init; }
    public TimeSpan? DeliverMaxRetry { get; init; }
    public TimeSpan? DeliverClaimLease { get; init; }
    /// <summary>Fetch:ItemsPerMessage: how many new items FetchFeed packs into one items-queue message.</summary>
    public int ItemsPerMessage { get; init; } = ItemBatchOptions.DefaultItemsPerMessage;

    public static AlertsSettings Read(IConfiguration c, string contentRoot)
    {
        var errors = new List<string>();
        string Required(string key, string hint)
        {
            var v = c[key];
            if (string.IsNullOrWhiteSpace(v)) errors.Add($"Setting '{key}' is missing: {hint}");
            return v ?? "";
        }

        if (string.IsNullOrWhiteSpace(c["AzureWebJobsStorage"]) && string.IsNullOrWhiteSpace(c["AzureWebJobsStorage:accountName"]))
        {
            errors.Add("Setting 'AzureWebJobsStorage' is missing: a storage connection string (Azurite locally), or AzureWebJobsStorage__accountName with a managed identity.");
        }
        var baseUrl = Required("PublicBaseUrl", "the public address of the function app, used in confirmation and unsubscribe links.");
        Uri? publicBase = null;
        if (baseUrl.Length > 0 && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out publicBase) || publicBase.Scheme is not ("http" or "https")))
        {
            errors.Add($"Setting 'PublicBaseUrl' is not an absolute http(s) URL: '{baseUrl}'.");
        }
        var signing = Required("Tokens:SigningKey", "a base64 key of at least 32 bytes that signs subscription links.");
        var protection = Required("Secrets:ProtectionKey", "a base64 key of 32 bytes that encrypts stored addresses and webhook URLs.");
        var smtpHost = Required("Smtp:Host", "the SMTP server that sends email digests.");
        var from = Required("Smtp:From", "the sender address of email digests.");
        var port = 587;
        if (c["Smtp:Port"] is { Length: > 0 } p && (!int.TryParse(p, out port) || port is < 1 or > 65535))
        {
            errors.Add($"Setting 'Smtp:Port' is not a port number: '{p}'.");
        }
        var tls = SmtpTlsMode.StartTls;
        try { if (c["Smtp:TlsMode"] is { Length: > 0 } t) tls = SmtpOptions.ParseTls(t); }
        catch (FormatException ex) { errors.Add($"Setting 'Smtp:TlsMode' {ex.Message}"); }
        foreach (var schedule in new[] { "FetchSchedule", "DigestSchedule", "SweepSchedule" })
        {
            if (c[schedule] is { Length: > 0 } cron && CrontabSchedule.TryParse(cron, new CrontabSchedule.ParseOptions { IncludingSeconds = true }) is null)
            {
                errors.Add($"Setting '{schedule}' is not a 6-field NCRONTAB expression (second minute hour day month weekday): '{cron}'.");
            }
        }
        var settle = TimeSpan.FromSeconds(30);
        if (c["Digest:SettleSeconds"] is { Length: > 0 } s && (!int.TryParse(s, out var secs) || secs < 0)) errors.Add($"Setting 'Digest:SettleSeconds' is not a whole number of seconds: '{s}'.");
        else if (c["Digest:SettleSeconds"] is { Length: > 0 } s2) settle = TimeSpan.FromSeconds(int.Parse(s2));

        TimeSpan? Seconds(string key)
        {
            if (c[key] is not { Length: > 0 } v) return null;
            if (int.TryParse(v, out var n) && n > 0) return TimeSpan.FromSeconds(n);
            errors.Add($"Setting '{key}' is not a positive whole number of seconds: '{v}'.");
            return null;
        }
        var firstRetry = Seconds("Deliver:FirstRetrySeconds");
        var maxRetry = Seconds("Deliver:MaxRetrySeconds");
        var claimLease = Seconds("Deliver:ClaimLeaseSeconds");

        var itemsPerMessage = ItemBatchOptions.DefaultItemsPerMessage;
        if (c["Fetch:ItemsPerMessage"] is { Length: > 0 } ipm
            && (!int.TryParse(ipm, out itemsPerMessage) || itemsPerMessage is < 1 or > ItemBatchOptions.MaxItemsPerMessage))
        {
            errors.Add($"Setting 'Fetch:ItemsPerMessage' is not a whole number from 1 to {ItemBatchOptions.MaxItemsPerMessage}: '{ipm}'.");
        }

        if (errors.Count > 0) throw new ConfigurationException(errors);
        var sources = c["Sources:Path"] is { Length: > 0 } sp ? sp : Path.Combine("config", "sources.json");
        return new AlertsSettings
        {
            PublicBaseUrl = publicBase!,
            TokenSigningKey = signing,
            SecretProtectionKey = protection,
            Smtp = new SmtpOptions
            {
                Host = smtpHost, Port = port, Tls = tls, User = c["Smtp:User"], Password = c["Smtp:Password"], FromAddress = from,
                FromName = c["Smtp:FromName"] is { Length: > 0 } fn ? fn : "Alerts",
            },
            SourcesPath = Path.IsPathRooted(sources) ? sources : Path.Combine(contentRoot, sources),
            AllowLoopback = bool.TryParse(c["Fetch:AllowLoopback"], out var loop) && loop,
            DigestSettle = settle,
            DeliverFirstRetry = firstRetry,
            DeliverMaxRetry = maxRetry,
            DeliverClaimLease = claimLease,
            ItemsPerMessage = itemsPerMessage,
        };
    }
}

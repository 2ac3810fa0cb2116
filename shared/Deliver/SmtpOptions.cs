namespace Alerts.Deliver;

public enum SmtpTlsMode
{
    None,
    StartTls,
    SslOnConnect,
    Auto,
}

public sealed record SmtpOptions
{
    public required string Host { get; init; }
    public int Port { get; init; } = 587;
    public SmtpTlsMode Tls { get; init; } = SmtpTlsMode.StartTls;
    public string? User { get; init; }
    public string? Password { get; init; }
    public required string FromAddress { get; init; }
    public string FromName { get; init; } = "Alerts";
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Accepts none, starttls, ssl-on-connect (or ssl, tls) and auto, case-insensitively.</summary>
    public static SmtpTlsMode ParseTls(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "starttls" => SmtpTlsMode.StartTls,
        "none" => SmtpTlsMode.None,
        "ssl-on-connect" or "ssl" or "tls" or "sslonconnect" => SmtpTlsMode.SslOnConnect,
        "auto" => SmtpTlsMode.Auto,
        _ => throw new FormatException($"Unknown SMTP TLS mode '{value}': use none, starttls, ssl-on-connect or auto."),
    };
}

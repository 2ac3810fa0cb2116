using Alerts.Cli.DevServices;
using System.Net;
using System.Text;
using System.Text.Json;
using MimeKit;
using Alerts.Cli.Render;
using Alerts.Deliver;
using Alerts.Digest;

namespace Alerts.IntegrationTests.Deliver;

/// <summary>One maildev for the class: starting node is the slow part.</summary>
public sealed class MailDevFixture : IAsyncLifetime
{
    public MailDev Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await MailDev.StartAsync();

    public Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SmtpEmailSenderMailDevTests(MailDevFixture fixture) : IClassFixture<MailDevFixture>
{
    private MailDev Maildev => fixture.Server;

    internal static SmtpOptions OptionsFor(int port) => new()
    {
        Host = "127.0.0.1", Port = port, Tls = SmtpTlsMode.None, FromAddress = "digest@alerts.example.org", FromName = "Alerts",
        Timeout = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public async Task DigestArrivesWithBothPartsAndOneClickUnsubscribe()
    {
        var content = new EmailDigestRenderer().Render(SampleDigest.Build());
        var envelope = new EmailEnvelope
        {
            To = "jane.doe@example.org",
            Subject = content.Subject,
            Html = content.Html,
            Text = content.Text,
            MessageId = "digest-sample-20261122T0700",
            Headers = ListUnsubscribe.Headers(new Uri("https://alerts.example.org/api/subscriptions/unsubscribe?token=abc"), "unsubscribe@alerts.example.org"),
        };

        var result = await new SmtpEmailSender(OptionsFor(Maildev.SmtpPort)).SendAsync(envelope);
        Assert.True(result.Outcome == SendOutcome.Sent, result.Detail);

        var mail = Assert.Single(await Maildev.ListEmailsAsync(), m => m.GetProperty("subject").GetString() == content.Subject);
        Assert.Equal(content.Subject, mail.GetProperty("subject").GetString());
        var source = await Maildev.SourceAsync(mail.GetProperty("id").GetString()!);
        using var raw = new MemoryStream(Encoding.UTF8.GetBytes(source));
        var received = await MimeMessage.LoadAsync(raw);
        Assert.Equal("<https://alerts.example.org/api/subscriptions/unsubscribe?token=abc>, <mailto:unsubscribe@alerts.example.org?subject=unsubscribe>",
            received.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", received.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("digest-sample-20261122T0700@alerts.example.org", received.MessageId);
        var parts = Assert.IsType<MultipartAlternative>(received.Body);
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.Equal(content.Subject, received.Subject);
        Assert.Contains("US envoy in Minsk for talks on freeing more political prisoners", mail.GetProperty("text").GetString());
        var html = mail.GetProperty("html").GetString()!;
        Assert.Contains("href=\"https://www.reuters.com/world/europe/us-envoy-minsk-prisoner-talks/\"", html);
        Assert.Contains(WebUtility.HtmlEncode("<script>alert('x')</script>"), html);
        Assert.Equal("jane.doe@example.org", mail.GetProperty("to")[0].GetProperty("address").GetString());
    }
}

public sealed class SmtpEmailSenderNoServerTests
{
    [Fact]
    public async Task NoServerIsTransient()
    {
        var closed = LoopbackPorts.Free();
        var result = await new SmtpEmailSender(SmtpEmailSenderMailDevTests.OptionsFor(closed)).SendAsync(new EmailEnvelope
        {
            To = "jane@example.org", Subject = "s", Html = "<p>h</p>", Text = "t", MessageId = "m1",
        });
        Assert.Equal(SendOutcome.Transient, result.Outcome);
        Assert.Contains("connection failed", result.Detail);
    }
}

using System.Text.RegularExpressions;
using Alerts.Deliver;
using Alerts.Subscribers;
using Moq;

namespace Alerts.Tests.Subscribers;

public class SubscriptionServiceTests
{
    private readonly FixedTime time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private readonly MemoryStore store = new();
    private readonly MemoryNonces nonces = new();
    private readonly Mock<IEmailSender> mail = new();
    private readonly List<EmailEnvelope> sent = [];
    private readonly SubscriptionService service;
    private readonly SubscriptionTokens tokens;

    public SubscriptionServiceTests()
    {
        tokens = new SubscriptionTokens(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), time);
        mail.Setup(m => m.SendAsync(It.IsAny<EmailEnvelope>(), It.IsAny<CancellationToken>()))
            .Callback<EmailEnvelope, CancellationToken>((e, _) => sent.Add(e))
            .ReturnsAsync(SendResult.Ok());
        service = new SubscriptionService(store, tokens, nonces, mail.Object,
            new SubscriptionOptions { PublicBaseUrl = new Uri("https://alerts.example.org/api/subscriptions") }, time);
    }

    private static string TokenFrom(string text) => Uri.UnescapeDataString(Regex.Match(text, @"token=([^\s""&<]+)").Groups[1].Value);

    [Theory]
    [InlineData("")]
    [InlineData("jane")]
    [InlineData("jane@localhost")]
    [InlineData("Jane <jane@example.org>")]
    [InlineData("a@b.org, c@d.org")]
    [InlineData("jane@example.org\r\nBcc: x@y.org")]
    public async Task RejectsBadAddresses(string address)
    {
        var result = await service.SubscribeAsync(address);
        Assert.Equal(400, result.StatusCode);
        Assert.Contains("not a valid email", result.Message);
        Assert.Empty(sent);
    }

    [Fact]
    public async Task SubscribeConfirmUnsubscribe()
    {
        var subscribed = await service.SubscribeAsync("Jane.Doe@Example.ORG", "Jane");
        Assert.Equal(202, subscribed.StatusCode);
        var pending = Assert.Single(store.Rows.Values);
        Assert.Equal(SubscriberStatus.Pending, pending.Status);
        Assert.Equal("Jane.Doe@example.org", pending.Address);
        var confirmation = Assert.Single(sent);
        Assert.Equal("Jane.Doe@example.org", confirmation.To);
        Assert.Contains("https://alerts.example.org/api/subscriptions/confirm?token=", confirmation.Text);

        var token = TokenFrom(confirmation.Text);
        var confirmed = await service.ConfirmAsync(token);
        Assert.Equal(200, confirmed.StatusCode);
        Assert.Equal(SubscriberStatus.Active, store.Rows[pending.Id].Status);
        Assert.Equal(time.Now, store.Rows[pending.Id].Confirmed);

        var replay = await service.ConfirmAsync(token);
        Assert.Equal(409, replay.StatusCode);

        var (unsubscribeUrl, _) = service.DigestLinks(pending.Id);
        var page = service.UnsubscribePage(TokenFrom(unsubscribeUrl.AbsoluteUri));
        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<form method=\"post\"", page.Html);
        Assert.Equal(SubscriberStatus.Active, store.Rows[pending.Id].Status);

        var done = await service.UnsubscribeAsync(TokenFrom(unsubscribeUrl.AbsoluteUri));
        Assert.Equal(200, done.StatusCode);
        Assert.Equal(SubscriberStatus.Unsubscribed, store.Rows[pending.Id].Status);
        Assert.Equal(200, (await service.UnsubscribeAsync(TokenFrom(unsubscribeUrl.AbsoluteUri))).StatusCode);
    }

    [Fact]
    public async Task ActiveAddressGetsTheSameAnswerAndNoMail()
    {
        await service.SubscribeAsync("jane@example.org");
        await service.ConfirmAsync(TokenFrom(sent[0].Text));
        var again = await service.SubscribeAsync("JANE@example.org");
        Assert.Equal(202, again.StatusCode);
        Assert.Single(sent);
        Assert.Single(store.Rows);
    }

    [Fact]
    public async Task ConfirmationMailFailuresAreExplained()
    {
        mail.Setup(m => m.SendAsync(It.IsAny<EmailEnvelope>(), It.IsAny<CancellationToken>())).ReturnsAsync(new SendResult(SendOutcome.Transient, "421"));
        Assert.Equal(503, (await service.SubscribeAsync("jane@example.org")).StatusCode);
        mail.Setup(m => m.SendAsync(It.IsAny<EmailEnvelope>(), It.IsAny<CancellationToken>())).ReturnsAsync(new SendResult(SendOutcome.Permanent, "550"));
        Assert.Equal(400, (await service.SubscribeAsync("jane@example.org")).StatusCode);
    }

    [Fact]
    public async Task TokensForOtherPurposesAreRefused()
    {
        await service.SubscribeAsync("jane@example.org");
        var confirmToken = TokenFrom(sent[0].Text);
        var result = await service.UnsubscribeAsync(confirmToken);
        Assert.Equal(400, result.StatusCode);
        Assert.Contains("not 'unsubscribe'", result.Message);
        Assert.Equal(400, (await service.GetPreferencesAsync(confirmToken)).StatusCode);
    }

    [Fact]
    public async Task PreferencesReadAndUpdateWithValidation()
    {
        await service.SubscribeAsync("jane@example.org");
        var id = store.Rows.Keys.Single();
        var (_, preferencesUrl) = service.DigestLinks(id);
        var token = TokenFrom(preferencesUrl.AbsoluteUri);

        var bad = await service.UpdatePreferencesAsync(token, new SubscriberPreferences { Cadence = "sometimes" });
        Assert.Equal(400, bad.StatusCode);
        Assert.Contains("Unknown cadence", bad.Message);

        var good = await service.UpdatePreferencesAsync(token, new SubscriberPreferences { Cadence = "daily 7:30", TimeZone = "Europe/Minsk", Countries = ["by"] });
        Assert.Equal(200, good.StatusCode);
        var read = await service.GetPreferencesAsync(token);
        var prefs = Assert.IsType<SubscriberPreferences>(read.Body);
        Assert.Equal("daily 07:30", prefs.Cadence);
        Assert.Equal(["BY"], prefs.Countries);
    }

    [Fact]
    public async Task TeamsChannelsAreRegisteredAndListedMasked()
    {
        Assert.Equal(400, (await service.RegisterTeamsChannelAsync("http://insecure.example.org/hook", "x")).StatusCode);
        Assert.Equal(400, (await service.RegisterTeamsChannelAsync("javascript:alert(1)", "x")).StatusCode);
        const string hook = "https://prod-1.westeurope.logic.azure.com/workflows/1/triggers/manual/paths/invoke?sig=SECRET";
        var created = await service.RegisterTeamsChannelAsync(hook, "Newsroom");
        Assert.Equal(201, created.StatusCode);
        Assert.DoesNotContain("SECRET", created.Message);
        Assert.Equal(409, (await service.RegisterTeamsChannelAsync(hook, "Again")).StatusCode);

        await service.SubscribeAsync("jane.doe@example.org");
        var list = Assert.IsAssignableFrom<IReadOnlyList<SubscriberSummary>>((await service.ListSubscribersAsync()).Body);
        Assert.Equal(2, list.Count);
        Assert.Contains(list, s => s.MaskedAddress == "https://prod-1.westeurope.logic.azure.com/***" && s.Status == SubscriberStatus.Active);
        Assert.Contains(list, s => s.MaskedAddress == "j***@example.org" && s.Status == SubscriberStatus.Pending);
    }

    private sealed class MemoryStore : ISubscriberStore
    {
        public Dictionary<string, Subscriber> Rows { get; } = [];

        public Task AddAsync(Subscriber subscriber, CancellationToken cancellationToken = default)
        {
            Rows.Add(subscriber.Id, subscriber);
            return Task.CompletedTask;
        }

        public Task UpdateAsync(Subscriber subscriber, CancellationToken cancellationToken = default)
        {
            Rows[subscriber.Id] = subscriber;
            return Task.CompletedTask;
        }

        public Task<Subscriber?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(Rows.GetValueOrDefault(id));

        public Task<Subscriber?> FindByAddressAsync(Channel channel, string address, CancellationToken cancellationToken = default) =>
            Task.FromResult(Rows.Values.FirstOrDefault(s => s.Channel == channel && string.Equals(s.Address, address.Trim(), StringComparison.OrdinalIgnoreCase)));

        public Task<IReadOnlyList<SubscriberSummary>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SubscriberSummary>>(Rows.Values.Select(s => new SubscriberSummary(s.Id, s.Channel,
                s.Channel == Channel.Email ? Alerts.Observability.Redact.Email(s.Address) : Alerts.Observability.Redact.Url(s.Address),
                s.DisplayName, s.Status, s.Created, s.Confirmed, s.Health)).ToList());

        public Task<IReadOnlyList<Subscriber>> ListActiveAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Subscriber>>(Rows.Values.Where(s => s.Status == SubscriberStatus.Active).ToList());
    }

    private sealed class MemoryNonces : ITokenNonceStore
    {
        private readonly HashSet<string> used = [];

        public Task<bool> TryConsumeAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken = default) => Task.FromResult(used.Add(nonce));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alerts.Subscribers;

namespace Alerts.IntegrationTests.Subscriptions;

/// <summary>Subscribe, confirm, unsubscribe and preferences through the runner's HTTP front, the real handler, Azurite and maildev.</summary>
public sealed class DoubleOptInHttpTests(StackClassFixture fixture) : IClassFixture<StackClassFixture>
{
    private HttpClient Http => fixture.Http;
    private SubscriberStore Store => fixture.Stack.Subscribers();
    private SubscriptionTokens Tokens(TimeProvider? time = null) => SubscriptionTokens.FromBase64(fixture.Stack.Settings["Tokens:SigningKey"], time ?? TimeProvider.System);

    private async Task<string> ConfirmLinkFor(string address)
    {
        for (var i = 0; i < 50; i++)
        {
            var mail = (await fixture.Stack.MailDev.ListEmailsAsync()).FirstOrDefault(m => m.GetProperty("to")[0].GetProperty("address").GetString() == address);
            if (mail.ValueKind == JsonValueKind.Object) return Regex.Match(mail.GetProperty("text").GetString()!, @"https?://\S+confirm\?token=\S+").Value;
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"no confirmation mail to {address} in maildev");
    }

    private static StringContent OneClick() => new("List-Unsubscribe=One-Click", Encoding.UTF8, "application/x-www-form-urlencoded");

    [Fact]
    public async Task Subscribe_confirm_unsubscribe_page_and_one_click_post_walk_the_subscriber_through_its_states()
    {
        const string address = "jane.doe@example.org";
        var subscribed = await Http.PostAsJsonAsync("api/subscribe", new { email = address, name = "Jane", preferences = new { topics = new[] { "sanctions" } } });
        Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
        var pending = await Store.FindByAddressAsync(Channel.Email, address);
        Assert.Equal(SubscriberStatus.Pending, pending!.Status);
        Assert.Equal(["sanctions"], pending.Preferences.Topics);

        var link = await ConfirmLinkFor(address);
        Assert.StartsWith(new Uri(Http.BaseAddress!, "api/confirm?token=").AbsoluteUri, link);
        var confirmed = await Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Subscription confirmed", await confirmed.Content.ReadAsStringAsync());
        Assert.Contains("no-store", confirmed.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", confirmed.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SubscriberStatus.Active, (await Store.GetAsync(pending.Id))!.Status);

        // The same link again: refused, and the subscriber stays as it is.
        var replay = await Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal(SubscriberStatus.Active, (await Store.GetAsync(pending.Id))!.Status);

        var unsubscribeUrl = "api/unsubscribe?token=" + Uri.EscapeDataString(Tokens().Create(TokenPurpose.Unsubscribe, pending.Id, TimeSpan.FromDays(30)));
        var page = await Http.GetAsync(unsubscribeUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\"", html);
        Assert.Contains("Unsubscribe</button>", html);
        Assert.Equal(SubscriberStatus.Active, (await Store.GetAsync(pending.Id))!.Status); // a GET changes nothing

        var oneClick = await Http.PostAsync(unsubscribeUrl, OneClick());
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(SubscriberStatus.Unsubscribed, (await Store.GetAsync(pending.Id))!.Status);
        Assert.Equal(HttpStatusCode.OK, (await Http.PostAsync(unsubscribeUrl, OneClick())).StatusCode); // repeating is harmless
    }

    [Fact]
    public async Task Preferences_are_read_and_replaced_with_a_signed_token_and_bad_values_are_refused()
    {
        var id = await fixture.Stack.EnsureSubscriberAsync(Channel.Email, "prefs.reader@example.org", "Reader", new SubscriberPreferences(), DateTimeOffset.UtcNow);
        var url = "api/preferences?token=" + Uri.EscapeDataString(Tokens().Create(TokenPurpose.Preferences, id, TimeSpan.FromDays(30)));

        var read = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("UTC", (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timeZone").GetString());

        var bad = await Http.PutAsJsonAsync(url, new { topics = new[] { "weather" }, cadence = "every blue moon" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var message = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString();
        Assert.Contains("weather", message);
        Assert.Equal("daily 08:00", (await Store.GetAsync(id))!.Preferences.Cadence);

        var notJson = await Http.PutAsync(url, new StringContent("{cadence:", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        var good = await Http.PutAsJsonAsync(url, new { topics = new[] { "Sanctions" }, countries = new[] { "by" }, cadence = "hourly", timeZone = "Europe/Berlin" });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var stored = (await Store.GetAsync(id))!.Preferences;
        Assert.Equal(["sanctions"], stored.Topics);
        Assert.Equal(["BY"], stored.Countries);
        Assert.Equal("Europe/Berlin", stored.TimeZone);
    }

    [Fact]
    public async Task Forged_expired_and_misused_tokens_are_refused_and_change_nothing()
    {
        var id = await fixture.Stack.EnsureSubscriberAsync(Channel.Email, "kept.reader@example.org", "Kept", new SubscriberPreferences { Cadence = "hourly" }, DateTimeOffset.UtcNow);
        var valid = Tokens().Create(TokenPurpose.Unsubscribe, id, TimeSpan.FromDays(30));
        var forgedKey = new SubscriptionTokens(new byte[32], TimeProvider.System).Create(TokenPurpose.Unsubscribe, id, TimeSpan.FromDays(30));
        var tampered = valid[..^2] + (valid[^2] == 'A' ? "B" : "A") + valid[^1];
        var expired = Tokens(new PastClock(DateTimeOffset.UtcNow.AddDays(-10))).Create(TokenPurpose.Unsubscribe, id, TimeSpan.FromDays(1));
        var confirmToken = Tokens().Create(TokenPurpose.Confirm, id, TimeSpan.FromDays(1));

        foreach (var token in new[] { forgedKey, tampered, expired, confirmToken, "", "not-a-token" })
        {
            var url = "api/unsubscribe?token=" + Uri.EscapeDataString(token);
            var post = await Http.PostAsync(url, OneClick());
            Assert.True((int)post.StatusCode is >= 400 and < 500, $"POST with '{token}' answered {(int)post.StatusCode}");
            Assert.True((int)(await Http.GetAsync(url)).StatusCode is >= 400 and < 500);
            var prefs = await Http.PutAsJsonAsync("api/preferences?token=" + Uri.EscapeDataString(token), new { cadence = "weekly mon 09:00" });
            Assert.True((int)prefs.StatusCode is >= 400 and < 500);
        }
        var forgedConfirm = await Http.GetAsync("api/confirm?token=" + Uri.EscapeDataString(forgedKey));
        Assert.Equal(HttpStatusCode.BadRequest, forgedConfirm.StatusCode);

        var after = (await Store.GetAsync(id))!;
        Assert.Equal(SubscriberStatus.Active, after.Status);
        Assert.Equal("hourly", after.Preferences.Cadence);
    }

    [Theory]
    [InlineData("{\"email\": ", "application/json")]
    [InlineData("{\"name\": \"No Address\"}", "application/json")]
    [InlineData("name=No+Address", "application/x-www-form-urlencoded")]
    [InlineData("{\"email\": \"not an address\"}", "application/json")]
    public async Task Bad_subscribe_requests_get_400_with_a_message(string body, string type)
    {
        var response = await Http.PostAsync("api/subscribe", new StringContent(body, Encoding.UTF8, type));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_form_post_subscribes_too()
    {
        var response = await Http.PostAsync("api/subscribe", new StringContent("email=form.user%40example.org&name=Form+User", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(SubscriberStatus.Pending, (await Store.FindByAddressAsync(Channel.Email, "form.user@example.org"))!.Status);
        Assert.Contains("confirm?token=", await ConfirmLinkFor("form.user@example.org"));
    }
}

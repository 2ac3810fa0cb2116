using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alerts.Subscribers;

namespace Alerts.IntegrationTests.Subscriptions;

/// <summary>The management endpoints (manage/{action}) behind the function key, through the runner's HTTP front.</summary>
public sealed class ManageHttpTests(StackClassFixture fixture) : IClassFixture<StackClassFixture>
{
    private HttpClient Http => fixture.Http;
    private string Key => fixture.Stack.Settings["FunctionKey"];

    [Fact]
    public async Task Without_the_key_manage_and_status_answer_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.GetAsync("api/manage/subscribers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.GetAsync("api/manage/subscribers?code=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.PostAsJsonAsync("api/manage/teams", new { webhookUrl = "https://example.org/hook" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.GetAsync("api/status")).StatusCode);
    }

    [Fact]
    public async Task With_the_key_subscribers_are_listed_masked_and_a_teams_channel_is_registered_without_echoing_its_url()
    {
        await fixture.Stack.EnsureSubscriberAsync(Channel.Email, "secret.person@example.org", "Secret", new SubscriberPreferences(), DateTimeOffset.UtcNow);
        const string webhook = "https://prod-00.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=SIGNATURE123";

        var register = new HttpRequestMessage(HttpMethod.Post, "api/manage/teams") { Content = JsonContent.Create(new { webhookUrl = webhook, name = "Newsdesk" }) };
        register.Headers.Add("x-functions-key", Key);
        var registered = await Http.SendAsync(register);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var registeredBody = await registered.Content.ReadAsStringAsync();
        Assert.DoesNotContain("SIGNATURE123", registeredBody);
        Assert.DoesNotContain("/workflows/", registeredBody);

        var again = new HttpRequestMessage(HttpMethod.Post, "api/manage/teams") { Content = JsonContent.Create(new { webhookUrl = webhook }) };
        again.Headers.Add("x-functions-key", Key);
        Assert.Equal(HttpStatusCode.Conflict, (await Http.SendAsync(again)).StatusCode);

        var listed = await Http.GetAsync("api/manage/subscribers?code=" + Uri.EscapeDataString(Key));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var text = await listed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret.person@", text);
        Assert.DoesNotContain("SIGNATURE123", text);
        var items = JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("maskedAddress").GetString() == "s***@example.org");
        Assert.Contains(items, i => i.GetProperty("displayName").GetString() == "Newsdesk" && i.GetProperty("channel").GetString() == "Teams");
        Assert.Equal("no-store", listed.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Bad_management_requests_get_4xx_with_a_message()
    {
        async Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body = null)
        {
            var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Add("x-functions-key", Key);
            return await Http.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, "api/manage/everything")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Send(HttpMethod.Post, "api/manage/subscribers", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Post, "api/manage/teams", new { webhookUrl = "http://plain.example.org/hook" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Post, "api/manage/teams", new { hook = "https://example.org/x" })).StatusCode);
    }
}

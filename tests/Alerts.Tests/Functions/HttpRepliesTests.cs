using System.Text.Json;
using System.Text.Json.Nodes;
using Alerts.Functions.Contract;
using Alerts.Subscribers;

namespace Alerts.Tests.Functions;

public class HttpRepliesTests
{
    [Fact]
    public void A_page_result_becomes_html_with_its_status_and_the_token_headers()
    {
        var res = HttpReplies.FromResult(SubscriptionResult.Page(409, "Link already used", "Used <before>."), carriesToken: true);

        Assert.Equal(409, res.StatusCode);
        Assert.StartsWith("text/html", res.Headers["Content-Type"]);
        Assert.Contains("Used &lt;before&gt;.", res.Body);
        Assert.Equal("no-store", res.Headers["Cache-Control"]);
        Assert.Equal("nosniff", res.Headers["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", res.Headers["Referrer-Policy"]);
        Assert.Contains("default-src 'none'", res.Headers["Content-Security-Policy"]);
        Assert.Contains("form-action 'self'", res.Headers["Content-Security-Policy"]);
    }

    [Fact]
    public void An_object_body_is_merged_beside_the_message()
    {
        var prefs = new SubscriberPreferences { Topics = ["sanctions"], Cadence = "hourly" };
        var res = HttpReplies.FromResult(SubscriptionResult.Ok("Preferences saved.", prefs), carriesToken: true);

        Assert.Equal(200, res.StatusCode);
        Assert.StartsWith("application/json", res.Headers["Content-Type"]);
        using var json = JsonDocument.Parse(res.Body!);
        Assert.Equal("Preferences saved.", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("hourly", json.RootElement.GetProperty("cadence").GetString());
        Assert.Equal("sanctions", json.RootElement.GetProperty("topics")[0].GetString());
        Assert.False(res.Headers.ContainsKey("Content-Security-Policy"));
    }

    [Fact]
    public void A_list_body_goes_under_items_and_a_bodyless_result_is_just_the_message()
    {
        var list = new[] { new SubscriberSummary("id1", Channel.Email, "j***@example.org", "Jane", SubscriberStatus.Active, DateTimeOffset.UnixEpoch, null, ChannelHealth.Healthy) };
        using var listed = JsonDocument.Parse(HttpReplies.FromResult(SubscriptionResult.Ok("OK", list), carriesToken: false).Body!);
        Assert.Equal("j***@example.org", listed.RootElement.GetProperty("items")[0].GetProperty("maskedAddress").GetString());

        var bare = HttpReplies.FromResult(SubscriptionResult.BadRequest("'x' is not a valid email address."), carriesToken: false);
        Assert.Equal(400, bare.StatusCode);
        using var json = JsonDocument.Parse(bare.Body!);
        Assert.Equal(["message"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.False(bare.Headers.ContainsKey("Cache-Control"));
        Assert.Equal("nosniff", bare.Headers["X-Content-Type-Options"]);
    }

    [Fact]
    public void A_body_field_named_message_does_not_replace_the_message()
    {
        var json = HttpReplies.JsonBody("Saved.", new JsonObject { ["message"] = "other", ["id"] = "7" });
        Assert.Equal("Saved.", json["message"]!.GetValue<string>());
        Assert.Equal("7", json["id"]!.GetValue<string>());
    }
}

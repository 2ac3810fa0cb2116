using Alerts.Functions.Contract;
using Alerts.Functions.Subscribe;
using Alerts.Subscribers;

namespace Alerts.Tests.Functions;

public class HttpBodiesTests
{
    private static HttpRequestData Post(string? body, string contentType = "application/json") => new()
    {
        Method = "POST", Body = body,
        Headers = new(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = [contentType] },
    };

    [Theory]
    [InlineData("", "no body")]
    [InlineData("{\"email\": ", "not valid JSON")]
    [InlineData("null", "JSON null")]
    [InlineData("{\"emial\": \"jane@example.org\"}", "emial")]
    [InlineData("{\"email\": \"jane@example.org\", \"preferences\": {\"topics\": null}}", "not valid JSON")]
    public void Bad_json_bodies_are_refused_with_a_reason(string body, string reason)
    {
        Assert.False(HttpBodies.TryJson<SubscribeRequest>(Post(body), out var value, out var error));
        Assert.Null(value);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void A_json_body_is_read_case_insensitively_with_nested_preferences()
    {
        Assert.True(HttpBodies.TryJson<SubscribeRequest>(Post("{\"Email\":\"jane@example.org\",\"name\":\"Jane\",\"preferences\":{\"topics\":[\"sanctions\"],\"cadence\":\"hourly\"}}"), out var value, out _));
        Assert.Equal("jane@example.org", value!.Email);
        Assert.Equal(["sanctions"], value.Preferences!.Topics);
        Assert.Equal("hourly", value.Preferences.Cadence);
    }

    [Fact]
    public void A_form_body_gives_email_name_and_comma_separated_preferences()
    {
        var form = Post("email=jane%40example.org&name=Jane+Doe&topics=sanctions%2C+prisoner_release&cadence=hourly", "application/x-www-form-urlencoded; charset=utf-8");
        Assert.True(SubscribeFunction.TryRead(form, out var body, out _));
        Assert.Equal("jane@example.org", body!.Email);
        Assert.Equal("Jane Doe", body.Name);
        Assert.Equal(["sanctions", "prisoner_release"], body.Preferences!.Topics);
        Assert.Equal("hourly", body.Preferences.Cadence);
        Assert.Equal(new SubscriberPreferences().TimeZone, body.Preferences.TimeZone);

        Assert.True(SubscribeFunction.TryRead(Post("email=jane%40example.org", "application/x-www-form-urlencoded"), out var plain, out _));
        Assert.Null(plain!.Preferences);
    }
}

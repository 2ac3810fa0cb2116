using System.Text.Json;
using Alerts.Deliver;
using Alerts.Functions.Contract;
using Alerts.Functions.Subscribe;
using Alerts.Subscribers;
using Moq;

namespace Alerts.Tests.Functions;

public class SubscribeFunctionTests
{
    private readonly Mock<ISubscriberStore> _store = new(MockBehavior.Strict);
    private readonly Mock<IEmailSender> _mail = new(MockBehavior.Strict);

    private SubscribeFunction Function() => new(new SubscriptionService(_store.Object,
        new SubscriptionTokens(new byte[32], TimeProvider.System), new Mock<ITokenNonceStore>(MockBehavior.Strict).Object, _mail.Object,
        new SubscriptionOptions { PublicBaseUrl = new Uri("https://alerts.example.org/api/") }));

    private static InvocationRequest Request(string body, string contentType = "application/json")
    {
        var req = new { Url = "http://x/api/subscribe", Method = "POST", Headers = new Dictionary<string, string[]> { ["Content-Type"] = [contentType] }, Body = body };
        return new InvocationRequest { Data = new(StringComparer.OrdinalIgnoreCase) { ["req"] = JsonSerializer.SerializeToElement(req) } };
    }

    private static HttpResponseData Res(InvocationResponse response) => Assert.IsType<HttpResponseData>(response.Outputs["res"]);

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("{\"name\":\"Jane\"}", "'email' is required")]
    [InlineData("{\"email\":\"   \"}", "'email' is required")]
    public async Task Bad_input_is_a_400_with_a_message_and_touches_nothing(string body, string message)
    {
        var res = Res(await Function().InvokeAsync(Request(body), new FunctionContext("t", CancellationToken.None)));

        Assert.Equal(400, res.StatusCode);
        using var json = JsonDocument.Parse(res.Body!);
        Assert.Contains(message, json.RootElement.GetProperty("message").GetString());
        _store.VerifyNoOtherCalls();
        _mail.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Invalid_preferences_are_a_400_listing_the_problem()
    {
        var res = Res(await Function().InvokeAsync(Request("{\"email\":\"jane@example.org\",\"preferences\":{\"topics\":[\"weather\"]}}"), new FunctionContext("t", CancellationToken.None)));

        Assert.Equal(400, res.StatusCode);
        using var json = JsonDocument.Parse(res.Body!);
        Assert.Contains("Unknown topic 'weather'", json.RootElement.GetProperty("message").GetString());
        _mail.VerifyNoOtherCalls();
    }
}

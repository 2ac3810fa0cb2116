using System.Net;
using Alerts.Fetch;
using Microsoft.AspNetCore.Builder;

namespace Alerts.Tests.Fetch;

/// <summary>Internal targets are refused before any connection; only 127.0.0.1 ever receives traffic here.</summary>
public sealed class SsrfGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://127.8.9.10:8080/feed")]
    [InlineData("http://[::1]/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://172.31.255.254/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fc00::5]/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[::]/")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("http://[ff02::1]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    [InlineData("http://localhost/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://0x7f.0.0.1/")]
    [InlineData("http://017700000001/")]
    [InlineData("http://127.1/")]
    [InlineData("ftp://example.org/feed.xml")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://user:secret@example.org/feed")]
    public async Task Internal_and_odd_targets_are_refused(string url)
    {
        using var fetcher = HttpFetcher.Create(new FetchOptions { Timeout = TimeSpan.FromSeconds(5) });

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(url), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
        Assert.StartsWith("refused", result.Error);
        Assert.DoesNotContain("secret", result.Error);
    }

    [Theory]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://169.254.169.254/")]
    [InlineData("http://[fd00:ec2::254]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://[::ffff:192.168.0.1]/")]
    public async Task Allowing_loopback_still_refuses_private_and_metadata_targets(string url)
    {
        using var fetcher = HttpFetcher.Create(new FetchOptions { AllowLoopback = true, Timeout = TimeSpan.FromSeconds(5) });

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(url), FetchPurpose.Feed));

        Assert.Equal(FetchOutcome.Refused, result.Outcome);
    }

    [Fact]
    public async Task A_live_loopback_server_is_not_contacted_unless_loopback_is_allowed()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/feed", () => "<rss/>"));
        var viaName = new Uri($"http://localhost:{server.BaseUrl.Port}/feed");

        using (var strict = HttpFetcher.Create(new FetchOptions()))
        {
            Assert.Equal(FetchOutcome.Refused, (await strict.FetchAsync(new FetchRequest(server.Url("feed"), FetchPurpose.Feed))).Outcome);
            var byName = await strict.FetchAsync(new FetchRequest(viaName, FetchPurpose.Feed));
            Assert.Equal(FetchOutcome.Refused, byName.Outcome);
            Assert.Contains("loopback", byName.Error);
        }
        Assert.Equal(0, server.Requests);

        using var lenient = HttpFetcher.Create(new FetchOptions { AllowLoopback = true });
        Assert.Equal(FetchOutcome.Ok, (await lenient.FetchAsync(new FetchRequest(server.Url("feed"), FetchPurpose.Feed))).Outcome);
        Assert.Equal(FetchOutcome.Ok, (await lenient.FetchAsync(new FetchRequest(viaName, FetchPurpose.Feed))).Outcome);
        Assert.Equal(2, server.Requests);
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.255.0.1", "private")]
    [InlineData("172.20.1.1", "private")]
    [InlineData("192.168.0.10", "private")]
    [InlineData("100.127.255.255", "carrier")]
    [InlineData("169.254.1.1", "link-local")]
    [InlineData("169.254.169.254", "metadata")]
    [InlineData("fd00:ec2::254", "metadata")]
    [InlineData("fe80::abcd", "link-local")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("239.1.1.1", "multicast")]
    [InlineData("ff05::2", "multicast")]
    [InlineData("::ffff:169.254.169.254", "metadata")]
    [InlineData("64:ff9b::a00:1", "private")]
    [InlineData("2002:c0a8:0101::1", "private")]
    public void Classifies_internal_addresses(string address, string reasonFragment)
    {
        var reason = AddressGuard.RefusalReason(IPAddress.Parse(address), allowLoopback: false);
        Assert.NotNull(reason);
        Assert.Contains(reasonFragment, reason);
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.4.4")]
    public void Public_addresses_pass(string address)
    {
        Assert.Null(AddressGuard.RefusalReason(IPAddress.Parse(address), allowLoopback: false));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.4.5.6", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("fe80::1", false)]
    public void Allow_loopback_opens_only_loopback(string address, bool allowed)
    {
        Assert.Equal(allowed, AddressGuard.RefusalReason(IPAddress.Parse(address), allowLoopback: true) is null);
    }

    [Theory]
    [InlineData("2130706433", true)]
    [InlineData("0x7f000001", true)]
    [InlineData("0177.0.0.1", true)]
    [InlineData("127.1", true)]
    [InlineData("0x7f.0x0.0.1", true)]
    [InlineData("example.org", false)]
    [InlineData("1password.com", false)]
    [InlineData("news.123", false)]
    public void Recognises_numeric_host_encodings(string host, bool numeric)
    {
        Assert.Equal(numeric, AddressGuard.IsNumericHostEncoding(host));
    }
}

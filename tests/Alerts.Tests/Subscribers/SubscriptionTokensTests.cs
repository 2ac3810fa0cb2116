using System.Security.Cryptography;
using System.Text;
using Alerts.Subscribers;

namespace Alerts.Tests.Subscribers;

public class SubscriptionTokensTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private readonly FixedTime time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RoundTrip()
    {
        var tokens = new SubscriptionTokens(Key, time);
        var token = tokens.Create(TokenPurpose.Confirm, "sub-1", TimeSpan.FromHours(48));
        var check = tokens.Validate(token, TokenPurpose.Confirm);
        Assert.True(check.Valid, check.Message);
        Assert.Equal("sub-1", check.SubscriberId);
        Assert.Equal(time.Now.AddHours(48), check.Expires);
        Assert.False(string.IsNullOrEmpty(check.Nonce));
        Assert.DoesNotContain('+', token);
        Assert.DoesNotContain('/', token);
    }

    [Fact]
    public void EachTokenHasItsOwnNonce()
    {
        var tokens = new SubscriptionTokens(Key, time);
        var a = tokens.Validate(tokens.Create(TokenPurpose.Confirm, "s", TimeSpan.FromHours(1)), TokenPurpose.Confirm);
        var b = tokens.Validate(tokens.Create(TokenPurpose.Confirm, "s", TimeSpan.FromHours(1)), TokenPurpose.Confirm);
        Assert.NotEqual(a.Nonce, b.Nonce);
    }

    [Fact]
    public void ForgedWithAnotherKey()
    {
        var other = new SubscriptionTokens(Enumerable.Repeat((byte)7, 32).ToArray(), time);
        var check = new SubscriptionTokens(Key, time).Validate(other.Create(TokenPurpose.Unsubscribe, "s", TimeSpan.FromDays(1)), TokenPurpose.Unsubscribe);
        Assert.Equal(TokenProblem.Forged, check.Problem);
        Assert.Null(check.SubscriberId);
    }

    [Fact]
    public void TamperedPayloadKeepsOldSignature()
    {
        var tokens = new SubscriptionTokens(Key, time);
        var token = tokens.Create(TokenPurpose.Unsubscribe, "victim-1", TimeSpan.FromDays(1));
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(token.Split('.')[0])));
        var changed = payload.Replace("victim-1", "victim-2");
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(changed)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "." + token.Split('.')[1];
        Assert.Equal(TokenProblem.Forged, tokens.Validate(forged, TokenPurpose.Unsubscribe).Problem);
    }

    [Fact]
    public void Expired()
    {
        var tokens = new SubscriptionTokens(Key, time);
        var token = tokens.Create(TokenPurpose.Confirm, "s", TimeSpan.FromHours(48));
        time.Advance(TimeSpan.FromHours(48));
        var check = tokens.Validate(token, TokenPurpose.Confirm);
        Assert.Equal(TokenProblem.Expired, check.Problem);
        Assert.Contains("expired", check.Message);
    }

    [Fact]
    public void WrongPurpose()
    {
        var tokens = new SubscriptionTokens(Key, time);
        var check = tokens.Validate(tokens.Create(TokenPurpose.Preferences, "s", TimeSpan.FromDays(1)), TokenPurpose.Unsubscribe);
        Assert.Equal(TokenProblem.WrongPurpose, check.Problem);
        Assert.Contains("preferences", check.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    [InlineData(null)]
    public void Malformed(string? token) => Assert.Equal(TokenProblem.Malformed, new SubscriptionTokens(Key, time).Validate(token, TokenPurpose.Confirm).Problem);

    [Fact]
    public void KeysMustBeLongEnough()
    {
        Assert.Throws<ArgumentException>(() => new SubscriptionTokens(new byte[16]));
        Assert.Contains("not configured", Assert.Throws<InvalidOperationException>(() => SubscriptionTokens.FromBase64("")).Message);
        Assert.Contains("32 bytes", Assert.Throws<InvalidOperationException>(() => SubscriptionTokens.FromBase64(Convert.ToBase64String(new byte[8]))).Message);
    }

    private static string Pad(string b64url)
    {
        var s = b64url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }
}

public class SecretProtectorTests
{
    private readonly SecretProtector protector = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void RoundTripAndNoPlaintext()
    {
        const string url = "https://prod-1.westeurope.logic.azure.com/workflows/x/invoke?sig=SECRET";
        var stored = protector.Protect(url, "sub-1");
        Assert.DoesNotContain("SECRET", stored);
        Assert.NotEqual(stored, protector.Protect(url, "sub-1"));
        Assert.Equal(url, protector.Unprotect(stored, "sub-1"));
    }

    [Fact]
    public void BoundToItsRowAndTamperEvident()
    {
        var stored = protector.Protect("secret", "sub-1");
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(stored, "sub-2"));
        var bytes = Convert.FromBase64String(stored[3..]);
        bytes[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("v1:" + Convert.ToBase64String(bytes), "sub-1"));
        Assert.ThrowsAny<CryptographicException>(() => new SecretProtector(RandomNumberGenerator.GetBytes(32)).Unprotect(stored, "sub-1"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("plain", "sub-1"));
    }

    [Fact]
    public void LookupHashIgnoresCaseAndNeedsTheKey()
    {
        Assert.Equal(protector.LookupHash("Jane@Example.org"), protector.LookupHash(" jane@example.org"));
        Assert.NotEqual(protector.LookupHash("jane@example.org"), new SecretProtector(RandomNumberGenerator.GetBytes(32)).LookupHash("jane@example.org"));
    }
}

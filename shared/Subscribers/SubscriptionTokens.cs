using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Alerts.Subscribers;

public enum TokenPurpose
{
    Confirm,
    Unsubscribe,
    Preferences,
}

public enum TokenProblem
{
    None,
    Malformed,
    Forged,
    Expired,
    WrongPurpose,
}

public sealed record TokenCheck(TokenProblem Problem, string Message, string? SubscriberId = null, string? Nonce = null, DateTimeOffset? Expires = null)
{
    public bool Valid => Problem == TokenProblem.None;
}

/// <summary>
/// Signed links for confirm, unsubscribe and preferences pages: <c>payload.signature</c>, both base64url, the
/// payload <c>v1|purpose|subscriber|expiry|nonce</c> and the signature HMAC-SHA256 over it. Stateless to check;
/// a confirm link is single-use through the caller's <see cref="ITokenNonceStore"/>.
/// </summary>
public sealed class SubscriptionTokens
{
    private const string Version = "v1";
    private readonly byte[] key;
    private readonly TimeProvider time;

    public SubscriptionTokens(byte[] key, TimeProvider? time = null)
    {
        if (key.Length < 32) throw new ArgumentException("The token key must be at least 32 bytes.", nameof(key));
        this.key = key.ToArray();
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>From a base64 setting, with a clear error when it is missing or short.</summary>
    public static SubscriptionTokens FromBase64(string? setting, TimeProvider? time = null) =>
        new(KeySetting.Decode(setting, "token signing key"), time);

    public string Create(TokenPurpose purpose, string subscriberId, TimeSpan lifetime)
    {
        if (subscriberId.Length == 0 || subscriberId.Contains('|')) throw new ArgumentException("Subscriber ids may not be empty or contain '|'.", nameof(subscriberId));
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var nonce = Base64Url(RandomNumberGenerator.GetBytes(16));
        var payload = string.Join('|', Version, purpose.ToString().ToLowerInvariant(), subscriberId, expires.ToString(CultureInfo.InvariantCulture), nonce);
        var bytes = Encoding.UTF8.GetBytes(payload);
        return Base64Url(bytes) + "." + Base64Url(HMACSHA256.HashData(key, bytes));
    }

    public TokenCheck Validate(string? token, TokenPurpose expected)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1024) return Malformed("The link is incomplete.");
        var dot = token.IndexOf('.');
        if (dot <= 0 || dot != token.LastIndexOf('.')) return Malformed("The link is incomplete.");
        if (!TryBase64Url(token[..dot], out var payload) || !TryBase64Url(token[(dot + 1)..], out var signature)) return Malformed("The link is damaged.");

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), signature))
        {
            return new TokenCheck(TokenProblem.Forged, "The link's signature does not match: it was altered or not issued by us.");
        }
        var fields = Encoding.UTF8.GetString(payload).Split('|');
        if (fields.Length != 5 || fields[0] != Version || !long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return Malformed("The link has an unknown format.");
        }
        var expires = DateTimeOffset.FromUnixTimeSeconds(expiry);
        if (fields[1] != expected.ToString().ToLowerInvariant())
        {
            return new TokenCheck(TokenProblem.WrongPurpose, $"This link is for '{fields[1]}', not '{expected.ToString().ToLowerInvariant()}'.");
        }
        if (time.GetUtcNow() >= expires)
        {
            return new TokenCheck(TokenProblem.Expired, $"The link expired on {expires:yyyy-MM-dd HH:mm} UTC; request a new one.", fields[2], fields[4], expires);
        }
        return new TokenCheck(TokenProblem.None, "OK", fields[2], fields[4], expires);
    }

    private static TokenCheck Malformed(string message) => new(TokenProblem.Malformed, message);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryBase64Url(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        bytes = new byte[padded.Length];
        if (text.Any(c => c is '+' or '/' or '=') || !Convert.TryFromBase64String(padded, bytes, out var written)) return false;
        bytes = bytes[..written];
        return true;
    }
}

/// <summary>Single-use nonces: a confirm link that was used once must not work again.</summary>
public interface ITokenNonceStore
{
    /// <summary>Records the nonce; false when it was recorded before (a replay).</summary>
    Task<bool> TryConsumeAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken = default);
}

internal static class KeySetting
{
    public static byte[] Decode(string? base64, string what)
    {
        if (string.IsNullOrWhiteSpace(base64)) throw new InvalidOperationException($"The {what} is not configured (base64, 32 bytes).");
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The {what} is not valid base64.");
        }
        if (key.Length < 32) throw new InvalidOperationException($"The {what} must be at least 32 bytes, got {key.Length}.");
        return key;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Alerts.Subscribers;

/// <summary>
/// Encrypts stored secrets (webhook URLs, addresses) with AES-256-GCM. The output is
/// <c>v1:base64(nonce|ciphertext|tag)</c>; the associated data (the subscriber id) ties a ciphertext to its
/// row, so a value copied onto another row does not decrypt.
/// </summary>
public sealed class SecretProtector
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] key;

    public SecretProtector(byte[] key)
    {
        if (key.Length != 32) throw new ArgumentException("The protection key must be 32 bytes (AES-256).", nameof(key));
        this.key = key.ToArray();
    }

    public static SecretProtector FromBase64(string? setting) => new(KeySetting.Decode(setting, "secret protection key")[..32]);

    public string Protect(string plaintext, string associatedData)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(associatedData));
        return Prefix + Convert.ToBase64String(output);
    }

    /// <exception cref="CryptographicException">Wrong key, tampered value or different associated data.</exception>
    public string Unprotect(string protectedValue, string associatedData)
    {
        if (!protectedValue.StartsWith(Prefix, StringComparison.Ordinal)) throw new CryptographicException("Not a protected value.");
        byte[] data;
        try
        {
            data = Convert.FromBase64String(protectedValue[Prefix.Length..]);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException("Protected value is not base64.", ex);
        }
        if (data.Length < NonceSize + TagSize) throw new CryptographicException("Protected value is too short.");
        var length = data.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize, length), data.AsSpan(NonceSize + length), plain, Encoding.UTF8.GetBytes(associatedData));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>A keyed hash for lookups (find a subscriber by address) without storing the address in clear.</summary>
    public string LookupHash(string value) =>
        Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("lookup|" + value.Trim().ToLowerInvariant())));
}

using System.Globalization;
using System.Security.Cryptography;

namespace Alerts.Functions;

/// <summary>
/// Loads, on a second core, what the first invocation is sure to need and the host's start-up does not: the
/// culture data (ICU) and the crypto library (OpenSSL, for the storage request signatures and the token and secret keys). Loading it takes
/// tens of milliseconds on a cold instance, which the host would otherwise wait for. Nothing here can fail the
/// start: a failure shows again, with its real context, where the code is used.
/// </summary>
internal static class StartupWarmUp
{
    public static void Begin() => _ = Task.Run(() =>
    {
        // The culture data (ICU) first: the host's configuration reaches for it within milliseconds.
        _ = CultureInfo.CurrentCulture.CompareInfo.Compare("a", "b", CompareOptions.IgnoreCase);
        try
        {
            Span<byte> mac = stackalloc byte[32];
            HMACSHA256.HashData(stackalloc byte[32], "warm-up"u8, mac);
        }
        catch (CryptographicException)
        {
        }
    });
}

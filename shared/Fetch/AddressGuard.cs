using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Alerts.Fetch;

/// <summary>
/// Decides which addresses the fetcher may connect to. Feeds and pages come from user configuration and from
/// links inside fetched content, so an attacker can point us at internal services; every address is checked
/// after DNS resolution and again on each redirect hop.
/// </summary>
public static class AddressGuard
{
    /// <summary>Returns why <paramref name="address"/> is refused, or null when it is a public unicast address.</summary>
    public static string? RefusalReason(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6) return RefusalReason(address.MapToIPv4(), allowLoopback);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IPv4Reason(address.GetAddressBytes(), allowLoopback),
            AddressFamily.InterNetworkV6 => IPv6Reason(address, allowLoopback),
            _ => "not an IP address",
        };
    }

    private static string? IPv4Reason(byte[] b, bool allowLoopback)
    {
        if (b[0] == 127) return allowLoopback ? null : "loopback";
        if (b[0] == 169 && b[1] == 254 && b[2] == 169 && b[3] == 254) return "cloud metadata";
        if (b[0] == 0) return "unspecified";
        if (b[0] == 10) return "private";
        if (b[0] == 172 && (b[1] & 0xF0) == 16) return "private";
        if (b[0] == 192 && b[1] == 168) return "private";
        if (b[0] == 100 && (b[1] & 0xC0) == 64) return "shared address space (carrier NAT)";
        if (b[0] == 169 && b[1] == 254) return "link-local";
        if (b[0] >= 224 && b[0] <= 239) return "multicast";
        if (b[0] >= 240) return "reserved";
        if (b[0] == 192 && b[1] == 0 && b[2] == 0) return "IETF protocol assignment";
        if (b[0] == 198 && (b[1] & 0xFE) == 18) return "benchmarking";
        if ((b[0] == 192 && b[1] == 0 && b[2] == 2) || (b[0] == 198 && b[1] == 51 && b[2] == 100)
            || (b[0] == 203 && b[1] == 0 && b[2] == 113)) return "documentation";
        return null;
    }

    private static string? IPv6Reason(IPAddress address, bool allowLoopback)
    {
        if (address.Equals(IPAddress.IPv6Loopback)) return allowLoopback ? null : "loopback";
        if (address.Equals(IPAddress.IPv6Any)) return "unspecified";
        var b = address.GetAddressBytes();
        if (b[0] == 0xfd && b[1] == 0x00 && b[2] == 0x0e && b[3] == 0xc2) return "cloud metadata";
        if ((b[0] & 0xFE) == 0xFC) return "private (unique local)";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "link-local";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return "site-local";
        if (b[0] == 0xFF) return "multicast";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return "documentation";
        // Addresses that embed an IPv4 address reach whatever that IPv4 address reaches.
        if (b.Take(12).All(x => x == 0)) return EmbeddedIPv4Reason(b.AsSpan(12, 4), allowLoopback: false); // ::a.b.c.d
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return EmbeddedIPv4Reason(b.AsSpan(12, 4), allowLoopback); // NAT64
        if (b[0] == 0x20 && b[1] == 0x02) return EmbeddedIPv4Reason(b.AsSpan(2, 4), allowLoopback); // 6to4
        return null;
    }

    private static string? EmbeddedIPv4Reason(ReadOnlySpan<byte> v4, bool allowLoopback)
    {
        var reason = IPv4Reason(v4.ToArray(), allowLoopback);
        return reason is null ? null : $"IPv6 embedding a {reason} IPv4 address";
    }

    /// <summary>
    /// Host names that are really numbers in another notation ("2130706433", "0x7f.1", "0177.0.0.1").
    /// Resolvers and browsers disagree on how to read them, so they are refused outright rather than guessed.
    /// </summary>
    public static bool IsNumericHostEncoding(string host)
    {
        if (host.Length == 0) return false;
        var parts = host.TrimEnd('.').Split('.');
        return parts.All(IsNumberPart);
    }

    private static bool IsNumberPart(string part)
    {
        if (part.Length == 0) return false;
        if (part.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return part.Length == 2 || long.TryParse(part.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _);
        }
        return part.All(char.IsAsciiDigit);
    }

    /// <summary>Checks a URL before any connection: scheme, and literal or numerically encoded hosts.</summary>
    public static string? PreflightRefusal(Uri url, bool allowLoopback)
    {
        if (!url.IsAbsoluteUri) return "not an absolute URL";
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) return $"scheme '{url.Scheme}' is not http or https";
        if (!string.IsNullOrEmpty(url.UserInfo)) return "credentials in the URL are not allowed";
        var host = url.IdnHost.Trim('[', ']');
        if (url.HostNameType == UriHostNameType.IPv4 && !string.Equals(WrittenHost(url.OriginalString), host, StringComparison.OrdinalIgnoreCase))
        {
            // System.Uri has already turned "2130706433" or "0x7f.1" into dotted form; the original spelling tells.
            return $"host '{WrittenHost(url.OriginalString)}' is a numeric address in an unusual notation";
        }
        if (IPAddress.TryParse(host, out var literal) && url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            var reason = RefusalReason(literal, allowLoopback);
            return reason is null ? null : $"address {literal} is {reason}";
        }
        if (IsNumericHostEncoding(host)) return $"host '{host}' is a numeric address in an unusual notation";
        return null;
    }

    /// <summary>The host exactly as written in an absolute URL string (no user info, no port).</summary>
    private static string WrittenHost(string original)
    {
        var start = original.IndexOf("//", StringComparison.Ordinal);
        if (start < 0) return "";
        var authority = original[(start + 2)..];
        var end = authority.IndexOfAny(['/', '?', '#', '\\']);
        if (end >= 0) authority = authority[..end];
        var at = authority.LastIndexOf('@');
        if (at >= 0) authority = authority[(at + 1)..];
        var colon = authority.LastIndexOf(':');
        return colon >= 0 ? authority[..colon] : authority;
    }
}

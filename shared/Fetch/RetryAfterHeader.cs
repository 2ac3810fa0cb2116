using System.Net.Http.Headers;

namespace Alerts.Fetch;

/// <summary>Turns a Retry-After header (delta seconds or HTTP-date) into a wait from now.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Wait(RetryConditionHeaderValue? header, DateTimeOffset now, TimeSpan max)
    {
        if (header is null) return null;
        TimeSpan? wait = header.Delta ?? (header.Date is { } date ? date - now : null);
        if (wait is null) return null;
        if (wait < TimeSpan.Zero) return TimeSpan.Zero;
        return wait > max ? max : wait;
    }
}

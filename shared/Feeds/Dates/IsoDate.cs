namespace Alerts.Feeds.Dates;

/// <summary>RFC 3339 and the W3C profile of ISO 8601, including reduced precision and a space instead of 'T'.</summary>
internal static class IsoDate
{
    public static DateTimeOffset? TryParse(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (!Digits(s, ref i, 4, out var year)) return null;
        int month = 1, day = 1, hour = 0, minute = 0, second = 0;
        long ticks = 0;
        if (i == s.Length) return Build(year, 1, 1, 0, 0, 0, 0, TimeSpan.Zero);
        if (s[i] != '-') return null;
        i++;
        if (!Digits(s, ref i, 2, out month)) return null;
        if (i < s.Length)
        {
            if (s[i] != '-') return null;
            i++;
            if (!Digits(s, ref i, 2, out day)) return null;
        }
        var offset = TimeSpan.Zero;
        if (i < s.Length)
        {
            if (s[i] is not ('T' or 't' or ' ')) return null;
            i++;
            if (!Digits(s, ref i, 2, out hour) || i >= s.Length || s[i] != ':') return null;
            i++;
            if (!Digits(s, ref i, 2, out minute)) return null;
            if (i < s.Length && s[i] == ':')
            {
                i++;
                if (!Digits(s, ref i, 2, out second)) return null;
                if (i < s.Length && s[i] is '.' or ',')
                {
                    i++;
                    var scale = 1_000_000L;
                    var any = false;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        ticks += (s[i] - '0') * scale;
                        scale /= 10;
                        i++;
                        any = true;
                    }
                    if (!any) return null;
                }
            }
            while (i < s.Length && s[i] == ' ') i++;
            if (i < s.Length)
            {
                if (!Zone(s[i..], out offset)) return null;
                i = s.Length;
            }
        }
        return i == s.Length ? Build(year, month, day, hour, minute, second, ticks, offset) : null;
    }

    private static bool Zone(ReadOnlySpan<char> z, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (z is "Z" or "z" or "UTC" or "GMT") return true;
        if (z.Length < 3 || z[0] is not ('+' or '-')) return false;
        var sign = z[0] == '-' ? -1 : 1;
        var i = 1;
        if (!Digits(z, ref i, 2, out var h)) return false;
        var m = 0;
        if (i < z.Length && z[i] == ':') i++;
        if (i < z.Length && !Digits(z, ref i, 2, out m)) return false;
        if (i != z.Length || h > 14 || m > 59) return false;
        offset = sign * new TimeSpan(h, m, 0);
        return true;
    }

    internal static bool Digits(ReadOnlySpan<char> s, ref int i, int count, out int value)
    {
        value = 0;
        if (i + count > s.Length) return false;
        for (var k = 0; k < count; k++)
        {
            var c = s[i + k];
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        i += count;
        return true;
    }

    internal static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, long ticks, TimeSpan offset)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (hour == 24 && minute == 0 && second == 0)
        {
            var midnight = Build(year, month, day, 0, 0, 0, 0, offset);
            return midnight is { } m && m.UtcDateTime < DateTime.MaxValue.AddDays(-1) ? m.AddDays(1) : null;
        }
        if (hour > 23 || minute > 59 || second > 60) return null;
        if (second == 60) second = 59; // leap second
        try
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

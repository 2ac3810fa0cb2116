namespace Alerts.Feeds.Dates;

/// <summary>
/// RFC 822/1123 and the free-form dates of non-English sites, read as tokens: the weekday is ignored (feeds
/// often get it wrong), day/month/year are recognised by shape, and a zone is a name or a signed offset.
/// </summary>
internal static class LooseDate
{
    public static DateTimeOffset? TryParse(ReadOnlySpan<char> s)
    {
        int day = 0, month = 0, year = -1, hour = 0, minute = 0, second = 0;
        var hasTime = false;
        var yearDigits = 0;
        TimeSpan offset = TimeSpan.Zero;
        var pm = false;
        var am = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < s.Length && char.IsLetter(s[i])) i++;
                var word = s[start..i];
                var m = MonthNames.Lookup(word);
                if (m != 0 && month == 0) { month = m; continue; }
                if (word.Equals("pm", StringComparison.OrdinalIgnoreCase)) { pm = true; continue; }
                if (word.Equals("am", StringComparison.OrdinalIgnoreCase)) { am = true; continue; }
                // A single letter is a military zone only at the very end ("... 09:30:00 Z"), not a Spanish "a" or "y".
                if (word.Length == 1 && !s[i..].Trim().IsEmpty) continue;
                if ((hasTime || year >= 0) && TimeZoneNames.Lookup(word) is { } zone) offset = zone;
                continue;
            }
            if ((c == '+' || c == '-') && hasTime && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                var sign = c == '-' ? -1 : 1;
                i++;
                var start = i;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == ':')) i++;
                if (ZoneOffset(s[start..i], out var hhmm) && hhmm / 100 <= 14 && hhmm % 100 < 60)
                {
                    offset = sign * new TimeSpan(hhmm / 100, hhmm % 100, 0);
                }
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is ':' or '.')) i++;
                var token = s[start..i].TrimEnd('.');
                if (token.Contains(':'))
                {
                    if (!ReadTime(token, out hour, out minute, out second)) return null;
                    hasTime = true;
                }
                else if (token.Contains('.'))
                {
                    if (!ReadDottedDate(token, ref day, ref month, ref year, ref yearDigits)) return null;
                }
                else if (!ReadNumber(token, ref day, ref year, ref yearDigits, month))
                {
                    return null;
                }
                continue;
            }
            i++;
        }
        if (day == 0 || month == 0 || year < 0) return null;
        if (yearDigits <= 2) year += year < 50 ? 2000 : 1900;
        if (pm && hour < 12) hour += 12;
        if (am && hour == 12) hour = 0;
        return IsoDate.Build(year, month, day, hour, minute, second, 0, offset);
    }

    /// <summary>"0200", "02:00" or "02" (hours only) as hhmm; colons anywhere are ignored.</summary>
    private static bool ZoneOffset(ReadOnlySpan<char> token, out int hhmm)
    {
        hhmm = 0;
        var digits = 0;
        foreach (var c in token)
        {
            if (c == ':') continue;
            if (++digits > 4) return false;
            hhmm = hhmm * 10 + (c - '0');
        }
        if (digits == 2) hhmm *= 100;
        return digits is 4 or 2;
    }

    private static bool ReadNumber(ReadOnlySpan<char> token, ref int day, ref int year, ref int yearDigits, int month)
    {
        if (!int.TryParse(token, out var n)) return false;
        if (token.Length >= 3)
        {
            if (year >= 0) return true;
            year = n;
            yearDigits = token.Length;
            return true;
        }
        if (day == 0 && n is >= 1 and <= 31) { day = n; return true; }
        if (year < 0) { year = n; yearDigits = token.Length; }
        return true;
    }

    private static bool ReadDottedDate(ReadOnlySpan<char> token, ref int day, ref int month, ref int year, ref int yearDigits)
    {
        // "12.11.2024" (day.month.year, as in ru/de/pl dates) or "12." (a German day).
        Span<Range> parts = stackalloc Range[4];
        var count = token.Split(parts, '.');
        if (count == 1) return int.TryParse(token[parts[0]], out day);
        if (count != 3) return false;
        if (!int.TryParse(token[parts[0]], out var d) || !int.TryParse(token[parts[1]], out var m) || !int.TryParse(token[parts[2]], out var y))
        {
            return false;
        }
        (day, month, year, yearDigits) = (d, m, y, token[parts[2]].Length);
        return true;
    }

    private static bool ReadTime(ReadOnlySpan<char> token, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        Span<Range> parts = stackalloc Range[4];
        var count = token.Split(parts, ':');
        if (count is < 2 or > 3) return false;
        var secondsPart = count == 3 ? token[parts[2]] : "0";
        var dot = secondsPart.IndexOf('.');
        if (dot >= 0) secondsPart = secondsPart[..dot];
        return int.TryParse(token[parts[0]], out hour) && int.TryParse(token[parts[1]], out minute)
            && int.TryParse(secondsPart, out second);
    }
}

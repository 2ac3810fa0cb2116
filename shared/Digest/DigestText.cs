using System.Globalization;

namespace Alerts.Digest;

/// <summary>Wording shared by the email and Teams renderers so that both channels say the same thing.</summary>
internal static class DigestText
{
    public static string Counts(DigestDocument digest)
    {
        var fresh = digest.Stories.Count(s => !s.IsUpdate);
        var updates = digest.Stories.Count - fresh;
        var parts = new List<string>(2);
        if (fresh > 0) parts.Add($"{fresh} new");
        if (updates > 0) parts.Add(updates == 1 ? "1 update" : $"{updates} updates");
        return parts.Count == 0 ? "nothing new" : string.Join(", ", parts);
    }

    public static string Window(DigestDocument digest)
    {
        var zone = Zone(digest.TimeZone);
        var start = TimeZoneInfo.ConvertTime(digest.WindowStart, zone);
        var end = TimeZoneInfo.ConvertTime(digest.WindowEnd, zone);
        var culture = CultureInfo.InvariantCulture;
        var from = start.Date == end.Date ? start.ToString("HH:mm", culture) : start.ToString("d MMM HH:mm", culture);
        return $"{from}–{end.ToString("d MMM yyyy HH:mm", culture)} ({zone.Id})";
    }

    /// <summary>"Belarus, United States · 52 released", or empty when there is nothing to say.</summary>
    public static string Facts(DigestStory story)
    {
        var parts = new List<string>(2);
        var countries = CountryNames.Join(story.Countries);
        if (countries.Length > 0) parts.Add(countries);
        if (story.ReleasedCount is > 0 and var n) parts.Add($"{n.ToString(CultureInfo.InvariantCulture)} {CountLabel(story).ToLowerInvariant()}");
        return string.Join(" · ", parts);
    }

    /// <summary>During talks the count is of people sought, not yet freed; saying "released" would announce a release that has not happened.</summary>
    public static string CountLabel(DigestStory story) => story.ReleaseStage == "talks" ? "Sought" : "Released";

    public static string Outlets(int count) => count == 1 ? "1 outlet" : $"{count} outlets";

    public static string OutletName(DigestSource source, string url)
    {
        var name = DigestSubject.OneLine(source.Outlet);
        return name.Length > 0 ? name : new Uri(url).Host;
    }

    public static TimeZoneInfo Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}

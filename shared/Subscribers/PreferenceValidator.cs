using Alerts.Detect;

namespace Alerts.Subscribers;

/// <summary>Checks preferences a user submitted, with one message per problem, and normalises their case.</summary>
public static class PreferenceValidator
{
    private static readonly HashSet<string> KnownTopics = [Topic.PrisonerRelease, Topic.Sanctions];
    private static readonly HashSet<string> KnownStages =
        [ReleaseStage.Talks, ReleaseStage.Confirmed, SanctionsAction.Imposed, SanctionsAction.Eased, SanctionsAction.Discussed];

    public static (SubscriberPreferences? Preferences, IReadOnlyList<string> Errors) Validate(SubscriberPreferences input)
    {
        var errors = new List<string>();
        var topics = Lower(input.Topics);
        errors.AddRange(topics.Where(t => !KnownTopics.Contains(t)).Select(t => $"Unknown topic '{t}': use {string.Join(" or ", KnownTopics)}."));
        var stages = Lower(input.Stages);
        errors.AddRange(stages.Where(s => !KnownStages.Contains(s)).Select(s => $"Unknown stage '{s}': use {string.Join(", ", KnownStages)}."));
        var countries = input.Countries.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        errors.AddRange(countries.Where(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)).Select(c => $"Country '{c}' is not a two-letter code."));
        var languages = Lower(input.Languages);
        errors.AddRange(languages.Where(l => l.Length != 2 || !l.All(char.IsAsciiLetterLower)).Select(l => $"Language '{l}' is not a two-letter code."));
        if (!Cadence.TryParse(input.Cadence, out var cadence, out var cadenceError)) errors.Add(cadenceError);
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(input.TimeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            errors.Add($"Unknown time zone '{input.TimeZone}': use an IANA id such as Europe/Berlin.");
        }
        if (!QuietHours.TryParse(input.QuietHours, out var quiet)) errors.Add($"Quiet hours '{input.QuietHours}' must look like 22:00-07:00.");

        if (errors.Count > 0) return (null, errors);
        return (input with
        {
            Topics = topics, Stages = stages, Countries = countries, Languages = languages,
            Cadence = cadence.ToString(), QuietHours = quiet?.ToString(),
        }, errors);
    }

    private static List<string> Lower(IEnumerable<string> values) =>
        values.Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0).Distinct().ToList();
}

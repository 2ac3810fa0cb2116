using System.Text.RegularExpressions;

namespace Alerts.Sources;

/// <summary>The start-up checks on a catalogue. Each error names the source and the field.</summary>
public static partial class SourceValidator
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,79}$")]
    private static partial Regex IdPattern();

    // ISO 639 code with optional region or script subtags: "en", "be", "pt-BR", "sr-Latn".
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LangPattern();

    /// <param name="positions">Where each source sits in the file, when some entries were dropped earlier.</param>
    public static IReadOnlyList<SourceError> Validate(IReadOnlyList<SourceDefinition> sources, IReadOnlyList<int>? positions = null)
    {
        var errors = new List<SourceError>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            var label = Label(s.Id, positions?[i] ?? i);
            if (string.IsNullOrWhiteSpace(s.Id)) errors.Add(new(label, "id", "missing"));
            else if (!IdPattern().IsMatch(s.Id)) errors.Add(new(label, "id", "use lower-case letters, digits, '.', '_' or '-' (at most 80)"));
            else if (!seen.Add(s.Id)) errors.Add(new(label, "id", "duplicate id"));
            if (UrlProblem(s.Url) is { } urlProblem) errors.Add(new(label, "url", urlProblem));
            if (!Enum.IsDefined(s.Kind)) errors.Add(new(label, "kind", $"unknown kind '{s.Kind}'"));
            if (s.Kind == SourceKind.Page) errors.AddRange(SelectorProblems(s, label));
            if (s.Interval < MinInterval) errors.Add(new(label, "interval", $"{IntervalText.Format(s.Interval)} is below the minimum of 1m"));
            if (s.Lang != null && !LangPattern().IsMatch(s.Lang)) errors.Add(new(label, "lang", $"'{s.Lang}' is not a language code such as 'en' or 'be'"));
            foreach (var tag in s.Tags.Where(string.IsNullOrWhiteSpace).Take(1)) errors.Add(new(label, "tags", "empty tag"));
        }
        return errors;
    }

    /// <summary>How errors refer to a source: its id, or its position when it has none.</summary>
    public static string Label(string? id, int index) => string.IsNullOrWhiteSpace(id) ? $"#{index + 1}" : id;

    private static string? UrlProblem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return "missing";
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return $"'{url}' is not an absolute URL";
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return $"scheme '{uri.Scheme}' is not http or https";
        if (string.IsNullOrEmpty(uri.Host)) return $"'{url}' has no host";
        return null;
    }

    private static IEnumerable<SourceError> SelectorProblems(SourceDefinition s, string label)
    {
        if (s.Selectors is null)
        {
            yield return new(label, "selectors", "a page source needs selectors (item, title, link)");
            yield break;
        }
        if (string.IsNullOrWhiteSpace(s.Selectors.Item)) yield return new(label, "selectors.item", "missing");
        if (string.IsNullOrWhiteSpace(s.Selectors.Title)) yield return new(label, "selectors.title", "missing");
        if (string.IsNullOrWhiteSpace(s.Selectors.Link)) yield return new(label, "selectors.link", "missing");
    }
}

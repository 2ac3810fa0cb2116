namespace Alerts.Detect;

public sealed partial class Detector
{
    /// <summary>TEMPORARY local file until the stories branch is merged.</summary>
    public static Detector CreateDefault() => new(new NoCountries(), new NoCount());
    private sealed class NoCountries : ICountryExtractor { public IReadOnlyList<string> Extract(string text, string lang) => []; }
    private sealed class NoCount : IReleasedCountExtractor { public int? Extract(string text, string lang) => null; }
}

namespace Alerts.Detect;

public sealed partial class Detector
{
    /// <summary>The detector with the standard country and released-count extractors.</summary>
    public static Detector CreateDefault() => new(new CountryExtractor(), new ReleasedCountExtractor());
}

using System.Globalization;

namespace Alerts.Digest;

/// <summary>English country names from the ISO codes the detector emits (plus EU).</summary>
public static class CountryNames
{
    public static string Name(string code)
    {
        var upper = code.Trim().ToUpperInvariant();
        if (upper == "EU") return "European Union";
        if (upper.Length != 2 || !upper.All(char.IsAsciiLetterUpper)) return "";
        try
        {
            return new RegionInfo(upper).EnglishName;
        }
        catch (ArgumentException)
        {
            return upper;
        }
    }

    /// <summary>Names joined for display; codes that are not ISO-shaped are left out.</summary>
    public static string Join(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(Name).Where(n => n.Length > 0).Distinct());
}

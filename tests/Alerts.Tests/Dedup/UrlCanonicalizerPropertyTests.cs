using Alerts.Dedup;
using FsCheck.Xunit;

namespace Alerts.Tests.Dedup;

/// <summary>Properties over generated article URLs (seeded, so a failure names a reproducible seed).</summary>
public sealed class UrlCanonicalizerPropertyTests
{
    private static readonly string[] Tracking = ["utm_source=rss", "utm_campaign=daily", "fbclid=IwAR0x", "gclid=abc", "ref=homepage", "mc_cid=1", "ocid=msn"];

    private sealed record GeneratedUrl(string Host, string Path, List<string> Params, string Fragment)
    {
        public string Build(IEnumerable<string> parameters) =>
            $"https://{Host}{Path}" + (parameters.Any() ? "?" + string.Join('&', parameters) : "") + Fragment;
    }

    private static GeneratedUrl Generate(int seed)
    {
        var random = new Random(seed);
        string Word() => new(Enumerable.Range(0, random.Next(1, 9)).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var path = string.Concat(Enumerable.Range(0, random.Next(0, 4)).Select(_ => "/" + Word())) + (random.Next(2) == 0 ? "/" : "");
        var parameters = Enumerable.Range(0, random.Next(0, 4)).Select(i => $"{Word()}{i}={Word()}").ToList();
        return new GeneratedUrl($"{Word()}.example.org", path, parameters, random.Next(2) == 0 ? "#" + Word() : "");
    }

    [Property(MaxTest = 300)]
    public bool Canonical_form_is_a_fixed_point(int seed)
    {
        var url = Generate(seed);
        var once = UrlCanonicalizer.Canonicalize(url.Build(url.Params));
        return UrlCanonicalizer.Canonicalize(once) == once;
    }

    [Property(MaxTest = 300)]
    public bool Parameter_order_and_tracking_do_not_matter(int seed)
    {
        var url = Generate(seed);
        var random = new Random(seed ^ 0x5bd1e995);
        var tracked = url.Params.Concat(Tracking.Where(_ => random.Next(2) == 0)).OrderBy(_ => random.Next()).ToList();
        return UrlCanonicalizer.Canonicalize(url.Build(tracked)) == UrlCanonicalizer.Canonicalize(url.Build(url.Params));
    }

    [Property(MaxTest = 300)]
    public bool Distinct_articles_stay_distinct(int seed)
    {
        var url = Generate(seed);
        var other = url with { Path = url.Path.TrimEnd('/') + "/other-story" };
        return UrlCanonicalizer.Canonicalize(url.Build(url.Params)) != UrlCanonicalizer.Canonicalize(other.Build(other.Params));
    }
}

using Alerts.Digest;
using HtmlAgilityPack;

namespace Alerts.Tests.Digest;

public class EmailDigestRendererTests
{
    private static readonly EmailDigestRenderer Renderer = new();

    private static HtmlDocument Parse(string html)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        return doc;
    }

    [Fact]
    public void HostileFeedTextStaysText()
    {
        var email = Renderer.Render(DigestSamples.Digest(DigestSamples.Hostile(), DigestSamples.Story("a", "Belarus frees 52 prisoners")));
        var doc = Parse(email.Html);

        Assert.DoesNotContain(doc.DocumentNode.Descendants(), n => n.Name is "script" or "img" or "svg" or "style" or "b" or "iframe");
        var attributes = doc.DocumentNode.Descendants().SelectMany(n => n.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.All(attributes.Where(a => a.Name == "href"), a => Assert.StartsWith("https://", a.Value));
        Assert.DoesNotContain(attributes, a => (a.Value ?? "").Contains("expression", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Name == "style" && (a.Value ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));

        // The text is still shown, as text.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", email.Html);
        Assert.Contains("<script>alert(1)</script>", doc.DocumentNode.InnerText.Replace("&lt;", "<").Replace("&gt;", ">"));
        Assert.DoesNotContain("javascript:alert(9)", email.Html);
        Assert.DoesNotContain("data:text/html", email.Html);
        Assert.DoesNotContain("vbscript", email.Html);
        // Refused links are not offered in the text part either.
        Assert.DoesNotContain("javascript:alert(9)", email.Text);
        Assert.DoesNotContain("data:text/html", email.Text);
        Assert.DoesNotContain("/relative/path", email.Text);
    }

    [Fact]
    public void OnlyTheHttpSourceOfTheHostileStoryIsLinked()
    {
        var email = Renderer.Render(DigestSamples.Digest(DigestSamples.Hostile()));
        var links = Parse(email.Html).DocumentNode.Descendants("a").Select(a => a.GetAttributeValue("href", "")).ToList();
        // Headline, one outlet link, preferences and unsubscribe.
        Assert.Equal(4, links.Count);
        Assert.Equal(2, links.Count(l => l.StartsWith("https://good.example.org/a?q=%22%3E%3Cscript", StringComparison.Ordinal)));
        Assert.Contains("1 outlet:", email.Html);
    }

    [Fact]
    public void LayoutAvoidsWhatMailClientsDrop()
    {
        var html = Renderer.Render(DigestSamples.Digest(DigestSamples.Story("a", "A"), DigestSamples.Story("b", "B", update: true))).Html;
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("flex", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" class=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("width=\"600\"", html);
    }

    [Fact]
    public void OneEntryPerStoryWithAllOutletsLinked()
    {
        var digest = DigestSamples.Digest(
            DigestSamples.Story("talks", "US and Belarus hold prisoner talks", sources: 3),
            DigestSamples.Story("eu", "EU adopts 19th package"),
            DigestSamples.Story("upd", "Belarus frees 52 prisoners", update: true, sources: 2));
        var email = Renderer.Render(digest);
        var doc = Parse(email.Html);

        foreach (var story in digest.Stories)
        {
            Assert.Single(doc.DocumentNode.Descendants("a"), a => a.InnerText == story.Headline);
            Assert.Single(email.Text.Split('\n'), line => line.EndsWith(story.Headline, StringComparison.Ordinal));
            foreach (var source in story.Sources)
            {
                // Headline and outlet list both link the first source; the others appear once.
                Assert.Contains(doc.DocumentNode.Descendants("a"), a => a.GetAttributeValue("href", "") == source.Url && a.InnerText == source.Outlet);
                Assert.Contains(source.Url, email.Text);
            }
        }
        Assert.Contains("3 outlets:", email.Html);
        Assert.Contains("2 outlets:", email.Html);
    }

    [Fact]
    public void UpdateMarkerOnlyOnStoriesSentBefore()
    {
        var email = Renderer.Render(DigestSamples.Digest(DigestSamples.Story("a", "First"), DigestSamples.Story("b", "Second", update: true)));
        var doc = Parse(email.Html);
        Assert.Single(doc.DocumentNode.Descendants("span"), s => s.InnerText == "Update");
        Assert.Single(email.Text.Split('\n'), l => l.StartsWith("[UPDATE] [CONFIRMED] Second", StringComparison.Ordinal));
        Assert.Single(email.Text.Split('\n'), l => l.StartsWith("[CONFIRMED] First", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_during_talks_is_of_people_sought_not_released()
    {
        var talks = DigestSamples.Story("t", "Envoy seeks release of 100") with { Countries = ["BY"], ReleasedCount = 100, ReleaseStage = "talks" };
        var email = Renderer.Render(DigestSamples.Digest(talks));
        Assert.Contains("Belarus · 100 sought", email.Text);
        Assert.DoesNotContain("100 released", email.Text);
    }

    [Fact]
    public void BadgesFactsAndFooter()
    {
        var story = DigestSamples.Story("a", "Belarus frees 52 prisoners") with { Countries = ["BY", "LT", "EU", "??"], ReleasedCount = 52, SanctionsAction = "eased" };
        var email = Renderer.Render(DigestSamples.Digest(story));
        var doc = Parse(email.Html);
        var pills = doc.DocumentNode.Descendants("span").Where(s => s.GetAttributeValue("style", "").Contains("uppercase")).ToList();
        Assert.Equal(["Confirmed", "Eased"], pills.Select(p => p.InnerText));
        Assert.NotEqual(pills[0].GetAttributeValue("style", ""), pills[1].GetAttributeValue("style", ""));
        Assert.Contains("Belarus, Lithuania, European Union · 52 released", email.Text);
        Assert.Contains(doc.DocumentNode.Descendants("a"), a => a.InnerText == "Unsubscribe" && a.GetAttributeValue("href", "").Contains("unsubscribe?token=t1"));
        Assert.Contains(doc.DocumentNode.Descendants("a"), a => a.InnerText == "Preferences" && a.GetAttributeValue("href", "").Contains("preferences?token=t2"));
        Assert.Contains("Unsubscribe: https://alerts.example.org/api/subscriptions/unsubscribe?token=t1", email.Text);
    }

    [Fact]
    public void WindowIsShownInTheSubscribersZone()
    {
        var email = Renderer.Render(DigestSamples.Digest(DigestSamples.Story("a", "A")));
        Assert.Contains("21 Nov 08:00–22 Nov 2026 08:00 (Europe/Berlin)", email.Text);
    }
}

using Alerts.Digest;

namespace Alerts.Tests.Digest;

public class DigestSubjectTests
{
    [Fact]
    public void CountsNewAndUpdatesAndListsNewHeadlinesFirst()
    {
        var subject = DigestSubject.For(DigestSamples.Digest(
            DigestSamples.Story("u", "Talks advance", update: true),
            DigestSamples.Story("a", "Belarus frees 52 prisoners"),
            DigestSamples.Story("b", "EU adopts 19th package")));
        Assert.Equal("2 new, 1 update: Belarus frees 52 prisoners; EU adopts 19th package; Talks advance", subject);
    }

    [Fact]
    public void LongDigestsEndWithAnEllipsisUnderTheLimit()
    {
        var stories = Enumerable.Range(1, 12).Select(i => DigestSamples.Story($"s{i}", $"Headline number {i} about a prisoner release somewhere")).ToArray();
        var subject = DigestSubject.For(DigestSamples.Digest(stories));
        Assert.StartsWith("12 new: Headline number 1 about", subject);
        Assert.EndsWith("; …", subject);
        Assert.True(subject.Length <= DigestSubject.MaxLength, subject);
    }

    [Fact]
    public void OneVeryLongHeadlineIsCut()
    {
        var subject = DigestSubject.For(DigestSamples.Digest(DigestSamples.Story("a", new string('x', 400))));
        Assert.True(subject.Length <= DigestSubject.MaxLength);
        Assert.EndsWith("…", subject);
        Assert.StartsWith("1 new: xxx", subject);
    }

    [Fact]
    public void HeaderBreakingCharactersAreRemoved()
    {
        var subject = DigestSubject.For(DigestSamples.Digest(DigestSamples.Story("a", "Line one\r\nBcc: victim@example.org\tend")));
        Assert.Equal("1 new: Line one Bcc: victim@example.org end", subject);
    }

    [Fact]
    public void EmptyDigest() => Assert.Equal("No new alerts", DigestSubject.For(DigestSamples.Digest()));
}

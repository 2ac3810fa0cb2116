using Alerts.Detect;
using Alerts.Digest;
using Alerts.Subscribers;

namespace Alerts.Tests.Subscribers;

public class PreferenceFilterTests
{
    private static readonly DigestStory Release = new()
    {
        StoryId = "r", Headline = "Belarus frees 52", Topics = [Topic.PrisonerRelease], ReleaseStage = ReleaseStage.Confirmed, Countries = ["BY", "LT"],
    };

    private static readonly DigestStory Package = new()
    {
        StoryId = "s", Headline = "EU package", Topics = [Topic.Sanctions], SanctionsAction = SanctionsAction.Imposed, Countries = ["EU", "RU"],
    };

    [Fact]
    public void EmptyPreferencesMatchEverything()
    {
        Assert.True(PreferenceFilter.Matches(Release, new SubscriberPreferences()));
        Assert.True(PreferenceFilter.Matches(Package, new SubscriberPreferences()));
    }

    [Fact]
    public void TopicsCountriesAndStagesAllApply()
    {
        var prefs = new SubscriberPreferences { Topics = [Topic.PrisonerRelease], Countries = ["by"], Stages = [ReleaseStage.Confirmed] };
        Assert.True(PreferenceFilter.Matches(Release, prefs));
        Assert.False(PreferenceFilter.Matches(Package, prefs));
        Assert.False(PreferenceFilter.Matches(Release with { ReleaseStage = ReleaseStage.Talks }, prefs));
        Assert.False(PreferenceFilter.Matches(Release with { Countries = ["RU"] }, prefs));
    }

    [Fact]
    public void LanguagesApplyWhenKnown()
    {
        var prefs = new SubscriberPreferences { Languages = ["ru"] };
        Assert.False(PreferenceFilter.Matches(Release, prefs, ["en"]));
        Assert.True(PreferenceFilter.Matches(Release, prefs, ["en", "ru"]));
        Assert.True(PreferenceFilter.Matches(Release, prefs));
    }

    [Fact]
    public void ValidatorNormalisesAndExplains()
    {
        var (ok, errors) = PreferenceValidator.Validate(new SubscriberPreferences { Topics = ["Sanctions"], Countries = ["by"], Cadence = "weekly monday 9:00", TimeZone = "Europe/Vilnius", QuietHours = "22:00 - 06:00" });
        Assert.Empty(errors);
        Assert.Equal(["sanctions"], ok!.Topics);
        Assert.Equal(["BY"], ok.Countries);
        Assert.Equal("weekly mon 09:00", ok.Cadence);
        Assert.Equal("22:00-06:00", ok.QuietHours);

        var (bad, problems) = PreferenceValidator.Validate(new SubscriberPreferences { Topics = ["sports"], Countries = ["Belarus"], Stages = ["rumoured"], Cadence = "often", TimeZone = "Mars/Olympus", QuietHours = "night" });
        Assert.Null(bad);
        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.Contains("Mars/Olympus"));
    }
}

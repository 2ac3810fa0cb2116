using System.Security.Cryptography;
using Alerts.Cli.DevServices;
using Alerts.Pipeline;
using Alerts.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Alerts.IntegrationTests.Pipeline;

/// <summary>
/// Two function instances on one storage account: each its own service container (own clients, own story index,
/// own in-process turn-taking), sharing only Azurite. Copies of one event analysed by both at the same moment must
/// land in one story.
/// </summary>
public sealed class CrossInstanceStoryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private Azurite _azurite = null!;
    private readonly List<ServiceProvider> _instances = [];

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        await StorageClients.FromConnectionString(_azurite.ConnectionString).EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var sp in _instances) await sp.DisposeAsync();
        _azurite.Dispose();
    }

    // Four unrelated events; each is published by several outlets at once.
    private static readonly (string Title, string Summary)[] Events =
    [
        ("Belarus frees 52 political prisoners after talks with US envoy",
         "President Lukashenko pardoned 52 political prisoners, including journalists and activists, after a visit by a US envoy to Minsk; they crossed into Lithuania on Thursday."),
        ("EU adopts 19th sanctions package against Russia, banning LNG imports",
         "The European Union imposed its 19th package of sanctions on Russia on Thursday, banning imports of liquefied natural gas and listing more shadow fleet tankers."),
        ("Iran releases two French citizens held for three years",
         "Iran freed French teachers Cecile Kohler and Jacques Paris, detained since 2022 on spying charges, who flew home to Paris on Tuesday after a prisoner swap was agreed."),
        ("US lifts sanctions on Syria's central bank",
         "The US Treasury lifted sanctions on the Central Bank of Syria and several state banks on Friday, easing restrictions imposed under the previous government."),
    ];

    [Fact]
    public async Task Copies_of_one_event_analysed_by_two_instances_at_once_open_exactly_one_story()
    {
        var a = Instance();
        var b = Instance();
        var start = new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero);
        const int copiesPerInstance = 3;
        // Rounds two months apart (beyond the clusterer's windows) give the race several independent chances.
        const int rounds = 3;

        // Every copy of every event starts at once: per event, three copies on each instance.
        var work = new List<Task<(string Event, AnalyzeResult? Result)>>();
        for (var r = 0; r < rounds; r++)
        {
            for (var e = 0; e < Events.Length; e++)
            {
                for (var c = 0; c < copiesPerInstance; c++)
                {
                    work.Add(Analyze(a, r, e, $"a{c}"));
                    work.Add(Analyze(b, r, e, $"b{c}"));
                }
            }
        }
        var results = await Task.WhenAll(work);

        var split = new List<string>();
        foreach (var group in results.GroupBy(x => x.Event))
        {
            var assignments = group.Select(x => x.Result?.Assignment).ToList();
            Assert.All(assignments, x => Assert.NotNull(x));
            var stories = assignments.Select(x => x!.StoryId).Distinct().ToList();
            output.WriteLine($"event {group.Key}: {assignments.Count} copies, {stories.Count} story; changes {string.Join(",", assignments.Select(x => x!.Change))}");
            if (stories.Count != 1 || assignments.Count(x => x!.Change == Alerts.Stories.StoryChange.New) != 1)
            {
                split.Add($"{group.Key} opened {stories.Count} stories ({string.Join(", ", stories)})");
            }
        }
        Assert.True(split.Count == 0, "copies of one event split: " + string.Join("; ", split));

        Task<(string, AnalyzeResult?)> Analyze(AnalyzeItemService service, int round, int e, string copy) => Task.Run(async () =>
        {
            var published = start.AddDays(60 * round).AddMinutes(e);
            var item = new ItemMessage
            {
                ItemKey = $"r{round}e{e}{copy}-{Guid.NewGuid():N}", SourceId = $"outlet-{copy}", SourceName = $"Outlet {copy}", LangHint = "en",
                Title = Events[e].Title, Summary = Events[e].Summary, Published = published, FetchedAt = published.AddMinutes(5),
            };
            return ($"r{round}e{e}", await service.RunAsync(item));
        });
    }

    /// <summary>One instance: the pipeline's own composition root on a fresh container.</summary>
    private AnalyzeItemService Instance()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["PublicBaseUrl"] = "https://alerts.example.org/",
            ["Tokens:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Secrets:ProtectionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:From"] = "alerts@example.org",
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddAlertsPipeline(AppContext.BaseDirectory);
        var provider = services.BuildServiceProvider();
        _instances.Add(provider);
        return provider.GetRequiredService<AnalyzeItemService>();
    }
}

using Alerts.Deliver;
using Alerts.Detect;
using Alerts.Digest;
using Alerts.Extract;
using Alerts.Feeds;
using Alerts.Fetch;
using Alerts.Sources;
using Alerts.Storage;
using Alerts.Stories;
using Alerts.Subscribers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Pipeline;

/// <summary>The composition root shared by the function app and the CLI: settings in, pipeline services out.</summary>
public static class PipelineServices
{
    public static IServiceCollection AddAlertsPipeline(this IServiceCollection services, string contentRoot)
    {
        // Resolved lazily from the final configuration (so hosts and tests can add settings after this call);
        // ValidateAlertsPipeline resolves them at start-up so a bad setting still stops the app at once.
        services.AddSingleton(sp => AlertsSettings.Read(sp.GetRequiredService<IConfiguration>(), contentRoot));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ISourceDirectory>(sp => new SourceDirectory(LoadCatalog(sp.GetRequiredService<AlertsSettings>().SourcesPath).Sources));
        services.AddSingleton(sp => StorageClients.FromConfiguration(sp.GetRequiredService<IConfiguration>()));

        services.AddSingleton(sp => Table<FeedStateStore>(sp, TableNames.Feeds, t => new FeedStateStore(t)));
        services.AddSingleton(sp => new SeenStore(sp.GetRequiredService<StorageClients>().Table(TableNames.Seen), sp.GetRequiredService<TimeProvider>(), SeenStore.DefaultTtl));
        services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<StorageClients>();
            return new StoryStore(s.Table(TableNames.Alerts), s.Table(TableNames.Stories), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<StorageClients>();
            return new DeliveryStateStore(s.Table(TableNames.Cursors), s.Table(TableNames.Ledger), s.Table(TableNames.SentStories), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ISubscriberStore>(sp => new SubscriberStore(
            sp.GetRequiredService<StorageClients>().Table(TableNames.Subscribers), SecretProtector.FromBase64(sp.GetRequiredService<AlertsSettings>().SecretProtectionKey)));
        services.AddSingleton<ITokenNonceStore>(sp => new TableTokenNonceStore(sp.GetRequiredService<StorageClients>().Table(TableNames.Nonces)));
        services.AddSingleton(sp => SubscriptionTokens.FromBase64(sp.GetRequiredService<AlertsSettings>().TokenSigningKey, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SubscriptionOptions { PublicBaseUrl = new Uri(sp.GetRequiredService<AlertsSettings>().PublicBaseUrl, "api/") });
        services.AddSingleton(sp => new SubscriptionService(sp.GetRequiredService<ISubscriberStore>(), sp.GetRequiredService<SubscriptionTokens>(),
            sp.GetRequiredService<ITokenNonceStore>(), sp.GetRequiredService<IEmailSender>(), sp.GetRequiredService<SubscriptionOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISubscriberLinks>(sp => new SubscriptionServiceLinks(sp.GetRequiredService<SubscriptionService>()));

        services.AddSingleton(sp => new FetchOptions { AllowLoopback = sp.GetRequiredService<AlertsSettings>().AllowLoopback });
        services.AddSingleton<IFetcher>(sp => HttpFetcher.Create(sp.GetRequiredService<FetchOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IFeedParser, FeedParser>();
        services.AddSingleton<IPageListParser, PageListParser>();
        services.AddSingleton<IArticleExtractor, ArticleExtractor>();
        services.AddSingleton<IDetector>(_ => Detector.CreateDefault());
        // Assignments take turns within the process and across instances (a blob lease); every index write happens under
        // the lease, so the index reads what other instances wrote only when the lease is taken.
        services.AddSingleton<IStoryClusterer>(sp =>
        {
            var storage = sp.GetRequiredService<StorageClients>();
            var index = new TableStoryIndex(storage.Table(TableNames.StoryIndex)) { RefreshOnRead = false };
            return new LeasedStoryClusterer(new StoryClusterer(index), new BlobLeaseLock(storage.Blobs, LeasedStoryClusterer.LockName, LeasedStoryClusterer.StoryLockOptions), index.ExpectChanges);
        });
        services.AddSingleton(new FeedHealthPolicy());

        services.AddSingleton<IEmailDigestRenderer, EmailDigestRenderer>();
        services.AddSingleton<ITeamsCardRenderer>(new TeamsCardRenderer());
        services.AddSingleton(sp => sp.GetRequiredService<AlertsSettings>().Smtp);
        services.AddSingleton<IEmailSender>(sp => new SmtpEmailSender(sp.GetRequiredService<SmtpOptions>(), sp.GetRequiredService<ILogger<SmtpEmailSender>>()));
        services.AddHttpClient(nameof(TeamsWebhookPoster));
        services.AddSingleton<ITeamsPoster>(sp => new TeamsWebhookPoster(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(TeamsWebhookPoster)), time: sp.GetRequiredService<TimeProvider>(),
            logger: sp.GetRequiredService<ILogger<TeamsWebhookPoster>>()));

        services.AddSingleton(new AnalyzeOptions());
        services.AddSingleton(sp => new ItemBatchOptions { ItemsPerMessage = sp.GetRequiredService<AlertsSettings>().ItemsPerMessage });
        services.AddSingleton(sp => new DigestOptions { SettleTime = sp.GetRequiredService<AlertsSettings>().DigestSettle });
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<AlertsSettings>();
            var options = new DeliverOptions { MessageIdDomain = settings.PublicBaseUrl.Host };
            if (settings.DeliverFirstRetry is { } first) options.FirstRetryDelay = first;
            if (settings.DeliverMaxRetry is { } max) options.MaxRetryDelay = max;
            if (settings.DeliverClaimLease is { } lease) options.ClaimLease = lease;
            return options;
        });
        services.AddSingleton<ScheduleFeedsService>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FetchFeedService>(sp, sp.GetRequiredService<StorageClients>().Queue(QueueNames.Items)));
        services.AddSingleton<AnalyzeItemService>();
        services.AddSingleton<SendDigestsService>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DeliverService>(sp, sp.GetRequiredService<StorageClients>().Queue(QueueNames.Deliveries)));
        services.AddSingleton<HealthService>();
        services.AddSingleton<StatusService>();
        services.AddSingleton<SweepService>();
        return services;
    }

    /// <summary>
    /// Resolves the settings, the sources catalogue, storage and the two keys now: a start-up error names the bad
    /// setting or source. Everything else is created when first used, so that a cold start stays short.
    /// </summary>
    public static void ValidateAlertsPipeline(this IServiceProvider services)
    {
        services.GetRequiredService<AlertsSettings>();
        services.GetRequiredService<ISourceDirectory>();
        services.GetRequiredService<StorageClients>();
        services.GetRequiredService<SubscriptionTokens>();
        services.GetRequiredService<ISubscriberStore>();
    }

    private static SourceCatalog LoadCatalog(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException("Sources:Path", $"points at '{path}', which does not exist.");
        try
        {
            return SourceCatalog.Load(path);
        }
        catch (SourceCatalogException ex)
        {
            throw new ConfigurationException("Sources:Path", $"names a catalogue with errors: {ex.Message}");
        }
    }

    private static T Table<T>(IServiceProvider sp, string table, Func<Azure.Data.Tables.TableClient, T> create) =>
        create(sp.GetRequiredService<StorageClients>().Table(table));
}

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
    public static IServiceCollection AddAlertsPipeline(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var settings = AlertsSettings.Read(configuration, contentRoot);
        var catalog = LoadCatalog(settings.SourcesPath);
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ISourceDirectory>(new SourceDirectory(catalog.Sources));
        services.AddSingleton(StorageClients.FromConfiguration(configuration));

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
            sp.GetRequiredService<StorageClients>().Table(TableNames.Subscribers), SecretProtector.FromBase64(settings.SecretProtectionKey)));
        services.AddSingleton<ITokenNonceStore>(sp => new TableTokenNonceStore(sp.GetRequiredService<StorageClients>().Table(TableNames.Nonces)));
        services.AddSingleton(sp => SubscriptionTokens.FromBase64(settings.TokenSigningKey, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new SubscriptionOptions { PublicBaseUrl = new Uri(settings.PublicBaseUrl, "api/") });
        services.AddSingleton(sp => new SubscriptionService(sp.GetRequiredService<ISubscriberStore>(), sp.GetRequiredService<SubscriptionTokens>(),
            sp.GetRequiredService<ITokenNonceStore>(), sp.GetRequiredService<IEmailSender>(), sp.GetRequiredService<SubscriptionOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISubscriberLinks>(sp => new SubscriptionServiceLinks(sp.GetRequiredService<SubscriptionService>()));

        services.AddSingleton(new FetchOptions { AllowLoopback = settings.AllowLoopback });
        services.AddSingleton<IFetcher>(sp => HttpFetcher.Create(sp.GetRequiredService<FetchOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IFeedParser, FeedParser>();
        services.AddSingleton<IPageListParser, PageListParser>();
        services.AddSingleton<IArticleExtractor, ArticleExtractor>();
        services.AddSingleton<IDetector>(_ => Detector.CreateDefault());
        services.AddSingleton<IStoryClusterer>(sp => StoryClustering.Create(sp.GetRequiredService<StorageClients>().Table(TableNames.StoryIndex)));
        services.AddSingleton(new FeedHealthPolicy());

        services.AddSingleton<IEmailDigestRenderer, EmailDigestRenderer>();
        services.AddSingleton<ITeamsCardRenderer>(new TeamsCardRenderer());
        services.AddSingleton(settings.Smtp);
        services.AddSingleton<IEmailSender>(sp => new SmtpEmailSender(settings.Smtp, sp.GetRequiredService<ILogger<SmtpEmailSender>>()));
        services.AddHttpClient(nameof(TeamsWebhookPoster));
        services.AddSingleton<ITeamsPoster>(sp => new TeamsWebhookPoster(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(TeamsWebhookPoster)), time: sp.GetRequiredService<TimeProvider>(),
            logger: sp.GetRequiredService<ILogger<TeamsWebhookPoster>>()));

        services.AddSingleton(new AnalyzeOptions());
        services.AddSingleton(new DigestOptions { SettleTime = settings.DigestSettle });
        services.AddSingleton(new DeliverOptions { MessageIdDomain = settings.PublicBaseUrl.Host });
        services.AddSingleton<ScheduleFeedsService>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FetchFeedService>(sp, sp.GetRequiredService<StorageClients>().Queue(QueueNames.Items)));
        services.AddSingleton<AnalyzeItemService>();
        services.AddSingleton<SendDigestsService>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DeliverService>(sp, sp.GetRequiredService<StorageClients>().Queue(QueueNames.Deliveries)));
        services.AddSingleton<HealthService>();
        return services;
    }

    private static SourceCatalog LoadCatalog(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException("Sources:Path", $"points at '{path}', which does not exist.");
        return SourceCatalog.Load(path);
    }

    private static T Table<T>(IServiceProvider sp, string table, Func<Azure.Data.Tables.TableClient, T> create) =>
        create(sp.GetRequiredService<StorageClients>().Table(table));
}

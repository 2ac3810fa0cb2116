using System.Security.Cryptography;
using System.Text.Json;
using Alerts.Cli.DevServices;
using Alerts.Cli.Runner;
using Alerts.Storage;
using Alerts.Subscribers;

namespace Alerts.Cli.Demo;

public sealed record StackOptions
{
    /// <summary>Folder of sample feeds and pages to serve, and the sources template naming them.</summary>
    public string SiteRoot { get; init; } = Path.Combine(RepoPaths.Root, "demo", "site");
    public string SourcesTemplate { get; init; } = Path.Combine(RepoPaths.Root, "demo", "sources.template.json");
    /// <summary>Where the stack keeps its generated sources file and keys.</summary>
    public required string WorkDir { get; init; }
    /// <summary>Where Teams payloads are saved (null: not saved).</summary>
    public string? OutDir { get; init; }
    /// <summary>True (the demo): Azurite and maildev on their standard ports, reused or started detached. False (tests): private ones on free ports.</summary>
    public bool SharedDevServices { get; init; }
    /// <summary>Persist Azurite to this folder (private Azurite only); null: in memory.</summary>
    public string? AzuriteLocation { get; init; }
    /// <summary>Given every line of the private Azurite's access log (one per storage request); null keeps Azurite silent.</summary>
    public Action<string>? AzuriteAccessLog { get; init; }
    /// <summary>The handler the runner starts (a Native AOT executable, say); null: Alerts.Functions.dll beside the CLI.</summary>
    public string? HandlerExecutable { get; init; }
    public int HttpPort { get; init; }
    public TimeSpan MessageLease { get; init; } = TimeSpan.FromMinutes(2);
    public TimeSpan? RetryDelayOverride { get; init; }
    public TextWriter Log { get; init; } = Console.Out;
    public bool VerboseHandler { get; init; } = true;
    public IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Everything a local run needs, started in order: Azurite, maildev, the sample site, a Teams webhook
/// receiver, and the local runner with the handler. The demo and the integration tests both use it.
/// </summary>
public sealed class PipelineStack : IAsyncDisposable
{
    private PipelineStack(StackOptions options) => Options = options;

    public StackOptions Options { get; }
    public Azurite Azurite { get; private set; } = null!;
    public MailDev MailDev { get; private set; } = null!;
    public DemoSite Site { get; private set; } = null!;
    public WebhookReceiver Teams { get; private set; } = null!;
    public LocalRunner Runner { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Settings { get; private set; } = null!;
    public bool StartedAzurite { get; private set; }
    public bool StartedMailDev { get; private set; }

    public static async Task<PipelineStack> StartAsync(StackOptions options)
    {
        var stack = new PipelineStack(options);
        await stack.StartServicesAsync().ConfigureAwait(false);
        return stack;
    }

    private async Task StartServicesAsync()
    {
        Directory.CreateDirectory(Options.WorkDir);
        if (Options.SharedDevServices)
        {
            var logs = Path.Combine(Options.WorkDir, "logs");
            (Azurite, StartedAzurite) = await Azurite.EnsureDefaultAsync(Path.Combine(Options.WorkDir, "azurite"), Path.Combine(logs, "azurite.log")).ConfigureAwait(false);
            (MailDev, StartedMailDev) = await MailDev.EnsureDefaultAsync(Path.Combine(logs, "maildev.log")).ConfigureAwait(false);
        }
        else
        {
            Azurite = await Azurite.StartAsync(Options.AzuriteLocation, Options.AzuriteAccessLog).ConfigureAwait(false);
            MailDev = await MailDev.StartAsync().ConfigureAwait(false);
            StartedAzurite = StartedMailDev = true;
        }
        Site = new DemoSite(Options.SiteRoot);
        await Site.StartAsync().ConfigureAwait(false);
        Teams = new WebhookReceiver(Options.OutDir);
        await Teams.StartAsync().ConfigureAwait(false);

        var sourcesPath = Path.Combine(Options.WorkDir, "sources.json");
        await File.WriteAllTextAsync(sourcesPath, (await File.ReadAllTextAsync(Options.SourcesTemplate).ConfigureAwait(false))
            .Replace("{base}", Site.BaseAddress.AbsoluteUri, StringComparison.Ordinal)).ConfigureAwait(false);
        var keys = await LoadOrCreateKeysAsync(Path.Combine(Options.WorkDir, "keys.json")).ConfigureAwait(false);
        var settings = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["FetchSchedule"] = "0 */5 * * * *",
            ["DigestSchedule"] = "0 */15 * * * *",
            ["SweepSchedule"] = "0 30 3 * * *",
            ["Sources:Path"] = sourcesPath,
            ["Fetch:AllowLoopback"] = "true",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = MailDev.SmtpPort.ToString(),
            ["Smtp:TlsMode"] = "none",
            ["Smtp:From"] = "alerts@alerts.local",
            ["Tokens:SigningKey"] = keys.Signing,
            ["Secrets:ProtectionKey"] = keys.Protection,
            ["FunctionKey"] = keys.FunctionKey,
            ["Digest:SettleSeconds"] = "0",
            ["ALERTS_ROOT"] = RepoPaths.Root,
        };
        var httpPort = Options.HttpPort == 0 ? LoopbackPorts.Free() : Options.HttpPort;
        settings["PublicBaseUrl"] = $"http://127.0.0.1:{httpPort}/";
        foreach (var (k, v) in Options.ExtraSettings) settings[k] = v;
        Settings = settings;

        _httpPort = httpPort;
        await StartRunnerAsync().ConfigureAwait(false);
    }

    private int _httpPort;

    private async Task StartRunnerAsync()
    {
        Runner = new LocalRunner(new RunnerOptions
        {
            HostJsonPath = Path.Combine(RepoPaths.Root, "host.json"),
            FunctionsRoot = Path.Combine(RepoPaths.Root, "functions"),
            Settings = Settings,
            MessageLease = Options.MessageLease,
            RetryDelayOverride = Options.RetryDelayOverride,
            HttpPort = _httpPort,
            HandlerExecutable = Options.HandlerExecutable,
        }, new RunnerLog(Options.Log, Options.VerboseHandler));
        await Runner.StartAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the whole local runner (host stand-in and handler) and starts a fresh one on the same storage and settings.</summary>
    public async Task RestartRunnerAsync()
    {
        await Runner.DisposeAsync().ConfigureAwait(false);
        await StartRunnerAsync().ConfigureAwait(false);
    }

    /// <summary>The subscriber store the handler uses, opened with the same key (for seeding and checks).</summary>
    public SubscriberStore Subscribers() =>
        new(Runner.Storage.Table(TableNames.Subscribers), SecretProtector.FromBase64(Settings["Secrets:ProtectionKey"]));

    /// <summary>
    /// Adds an active subscriber unless one with that address exists; returns its id. The webhook receiver listens on
    /// a new port each run, so a Teams channel of the same name is the same channel at a new URL: it keeps its id and
    /// cursor (and so receives nothing it already had) and only its address moves.
    /// </summary>
    public async Task<string> EnsureSubscriberAsync(Channel channel, string address, string name, SubscriberPreferences preferences, DateTimeOffset confirmed)
    {
        var store = Subscribers();
        if (await store.FindByAddressAsync(channel, address).ConfigureAwait(false) is { } existing) return existing.Id;
        if (channel == Channel.Teams
            && (await store.ListAsync().ConfigureAwait(false)).FirstOrDefault(s => s.Channel == Channel.Teams && s.DisplayName == name) is { } moved
            && await store.GetAsync(moved.Id).ConfigureAwait(false) is { } channelAtOldUrl)
        {
            await store.UpdateAsync(channelAtOldUrl with { Address = address }).ConfigureAwait(false);
            return channelAtOldUrl.Id;
        }
        var subscriber = new Subscriber
        {
            Id = Subscriber.NewId(), Channel = channel, Address = address, DisplayName = name, Status = SubscriberStatus.Active,
            Created = confirmed, Confirmed = confirmed, Preferences = preferences,
        };
        await store.AddAsync(subscriber).ConfigureAwait(false);
        return subscriber.Id;
    }

    public async ValueTask DisposeAsync()
    {
        if (Runner is not null) await Runner.DisposeAsync().ConfigureAwait(false);
        if (Teams is not null) await Teams.DisposeAsync().ConfigureAwait(false);
        if (Site is not null) await Site.DisposeAsync().ConfigureAwait(false);
        if (!Options.SharedDevServices)
        {
            MailDev?.Dispose();
            Azurite?.Dispose();
        }
    }

    private sealed record Keys(string Signing, string Protection, string FunctionKey);

    /// <summary>Keys are kept with the stack's data, so that stored subscribers stay readable across runs.</summary>
    private static async Task<Keys> LoadOrCreateKeysAsync(string path)
    {
        if (File.Exists(path)) return JsonSerializer.Deserialize<Keys>(await File.ReadAllTextAsync(path).ConfigureAwait(false))!;
        var keys = new Keys(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(keys)).ConfigureAwait(false);
        return keys;
    }
}

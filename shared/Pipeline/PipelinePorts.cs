using Alerts.Sources;
using Alerts.Subscribers;

namespace Alerts.Pipeline;

/// <summary>The configured sources, as the scheduler and the fetcher see them.</summary>
public interface ISourceDirectory
{
    IReadOnlyList<SourceDefinition> All { get; }
    SourceDefinition? Find(string sourceId);
}

/// <summary>Signed links a delivery carries (unsubscribe, preferences).</summary>
public interface ISubscriberLinks
{
    (Uri Unsubscribe, Uri Preferences) For(string subscriberId);
}

public sealed class SubscriptionServiceLinks(SubscriptionService service) : ISubscriberLinks
{
    public (Uri Unsubscribe, Uri Preferences) For(string subscriberId) => service.DigestLinks(subscriberId);
}

public sealed class SourceDirectory(IEnumerable<SourceDefinition> sources) : ISourceDirectory
{
    private readonly Dictionary<string, SourceDefinition> _byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

    public IReadOnlyList<SourceDefinition> All => _byId.Values.ToList();

    public SourceDefinition? Find(string sourceId) => _byId.GetValueOrDefault(sourceId);
}

using System.Diagnostics.CodeAnalysis;
using Alerts.Functions.AnalyzeItem;
using Alerts.Functions.Confirm;
using Alerts.Functions.Contract;
using Alerts.Functions.Deliver;
using Alerts.Functions.FetchFeed;
using Alerts.Functions.Health;
using Alerts.Functions.Manage;
using Alerts.Functions.Preferences;
using Alerts.Functions.ScheduleFeeds;
using Alerts.Functions.SendDigests;
using Alerts.Functions.Status;
using Alerts.Functions.Subscribe;
using Alerts.Functions.Sweep;
using Alerts.Functions.Unsubscribe;

namespace Alerts.Functions;

/// <summary>One function: its name (the folder of its function.json, the route POST /{Name}) and how to create it.</summary>
public sealed record FunctionEntry(string Name, Func<IServiceProvider, IFunction> Create);

/// <summary>
/// Every function the handler serves, one class per folder beside its function.json. The list is explicit
/// because the Native AOT handler cannot discover types by reflection; a new function is one line here
/// (a test fails when a function class or folder is missing from it, or a name does not match).
/// </summary>
public static class FunctionList
{
    public static readonly FunctionEntry[] All =
    [
        Entry<ScheduleFeedsFunction>("ScheduleFeeds"),
        Entry<FetchFeedFunction>("FetchFeed"),
        Entry<AnalyzeItemFunction>("AnalyzeItem"),
        Entry<SendDigestsFunction>("SendDigests"),
        Entry<DeliverFunction>("Deliver"),
        Entry<SubscribeFunction>("Subscribe"),
        Entry<ConfirmFunction>("Confirm"),
        Entry<PreferencesFunction>("Preferences"),
        Entry<UnsubscribeFunction>("Unsubscribe"),
        Entry<ManageFunction>("Manage"),
        Entry<HealthFunction>("Health"),
        Entry<StatusFunction>("Status"),
        Entry<SweepFunction>("Sweep"),
    ];

    private static FunctionEntry Entry<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(string name)
        where T : IFunction => new(name, services => ActivatorUtilities.CreateInstance<T>(services));
}

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
using Alerts.Functions.Unsubscribe;

namespace Alerts.Functions;

/// <summary>
/// Every function the handler serves, one class per folder beside its function.json. The list is explicit
/// because the Native AOT handler cannot discover types by reflection; a new function is one line here
/// (a test fails when a function class or folder is missing from it).
/// </summary>
public static class FunctionList
{
    public static readonly Func<IServiceProvider, IFunction>[] All =
    [
        Create<ScheduleFeedsFunction>,
        Create<FetchFeedFunction>,
        Create<AnalyzeItemFunction>,
        Create<SendDigestsFunction>,
        Create<DeliverFunction>,
        Create<SubscribeFunction>,
        Create<ConfirmFunction>,
        Create<PreferencesFunction>,
        Create<UnsubscribeFunction>,
        Create<ManageFunction>,
        Create<HealthFunction>,
        Create<StatusFunction>,
    ];

    private static IFunction Create<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>(IServiceProvider services)
        where T : IFunction => ActivatorUtilities.CreateInstance<T>(services);
}

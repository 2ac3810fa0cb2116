using System.Globalization;
using System.Text;

namespace Alerts.Cli.Faults;

/// <summary>What one fault scenario cost: every flagged story should reach every healthy recipient exactly once.</summary>
public sealed record FaultResult(string Scenario, int Expected, int Delivered, int Lost, int Duplicated, TimeSpan Recovery, IReadOnlyList<string> Problems)
{
    public bool Clean => Lost == 0 && Duplicated == 0 && Problems.Count == 0;

    public static string Table(IEnumerable<FaultResult> results)
    {
        var rows = results.ToList();
        var width = Math.Max("scenario".Length, rows.Count == 0 ? 0 : rows.Max(r => r.Scenario.Length));
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"scenario".PadRight(width)}  expected  delivered  lost  duplicated  recovery");
        foreach (var r in rows)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{r.Scenario.PadRight(width)}  {r.Expected,8}  {r.Delivered,9}  {r.Lost,4}  {r.Duplicated,10}  {r.Recovery.TotalSeconds,7:F1}s");
            foreach (var p in r.Problems) sb.AppendLine(CultureInfo.InvariantCulture, $"{"",-2}  ! {p}");
        }
        return sb.ToString();
    }
}

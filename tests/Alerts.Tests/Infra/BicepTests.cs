using System.Text.Json.Nodes;

namespace Alerts.Tests.Infra;

/// <summary>The infrastructure compiles and passes the linter (every rule at warning, bicepconfig.json) with nothing to report.</summary>
public class BicepTests
{
    // This rule compares API versions with today's date, so it would start failing with no change to the
    // repo; `bicep lint` still shows it, and API bumps are made on purpose.
    private const string DateDependentRule = "use-recent-api-versions";

    [Fact]
    public void Every_bicep_and_bicepparam_file_lints_without_warnings_or_errors()
    {
        var files = Directory.GetFiles(Path.Combine(BicepCli.RepoRoot, "infra"), "*.bicep*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("main.bicepparam", StringComparison.Ordinal));

        // One compiler run for all files: each start of the compiler costs seconds.
        var result = BicepCli.Run("lint", "--pattern", "infra/**/*.bicep*");

        var problems = result.Diagnostics.Where(d => d.Code != DateDependentRule).ToList();
        Assert.True(result.ExitCode == 0 && problems.Count == 0,
            $"bicep lint (exit {result.ExitCode}):\n{string.Join("\n", problems)}\n{result.StdErr}");
    }

    [Fact]
    public void Main_template_builds_to_arm_json_without_diagnostics()
    {
        var result = BicepCli.Run("build", "infra/main.bicep", "--stdout");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.DoesNotContain(BicepCli.Parse(result.StdErr), d => d.Code != DateDependentRule);
        Assert.Equal("2019-04-01", JsonNode.Parse(result.StdOut)!["$schema"]!.GetValue<string>().Split('/')[^2]);
    }

    [Fact]
    public void Parameters_file_builds_with_the_documented_schedules()
    {
        var result = BicepCli.Run("build-params", "infra/main.bicepparam", "--stdout");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var parameters = JsonNode.Parse(JsonNode.Parse(result.StdOut)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        Assert.Equal("0 */5 * * * *", parameters["fetchSchedule"]!["value"]!.GetValue<string>());
        Assert.Equal("0 */15 * * * *", parameters["digestSchedule"]!["value"]!.GetValue<string>());
        Assert.False(parameters["alertRulesEnabled"]!["value"]!.GetValue<bool>());
    }

    [Fact]
    public void Linter_reports_a_rule_violation_so_a_clean_run_means_something()
    {
        var dir = Directory.CreateTempSubdirectory("bicep-lint-");
        try
        {
            var file = Path.Combine(dir.FullName, "bad.bicep");
            File.WriteAllText(file, "param unused string\nvar alsoUnused = 'x'\n");

            var result = BicepCli.Run("lint", file, "--config", Path.Combine(BicepCli.RepoRoot, "bicepconfig.json"));

            Assert.Contains(result.Diagnostics, d => d.Code == "no-unused-params" && d.Level == "Warning" && d.Line == 1);
            Assert.Contains(result.Diagnostics, d => d.Code == "no-unused-vars" && d.Line == 2);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

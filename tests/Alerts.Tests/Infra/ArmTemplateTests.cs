using System.Text.Json.Nodes;

namespace Alerts.Tests.Infra;

/// <summary>What the compiled template deploys: the settings the custom handler and its operators rely on.</summary>
public class ArmTemplateTests
{
    private static readonly Lazy<JsonNode> Template = new(() =>
    {
        var result = BicepCli.Run("build", "infra/main.bicep", "--stdout");
        Assert.True(result.ExitCode == 0, result.StdErr);
        return JsonNode.Parse(result.StdOut)!;
    });

    /// <summary>Every resource of a type, nested module templates included.</summary>
    private static List<JsonObject> Resources(string type)
    {
        var found = new List<JsonObject>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["type"] is JsonValue t && t.TryGetValue<string>(out var s) && s == type && obj.ContainsKey("properties")) found.Add(obj);
                    foreach (var (_, child) in obj) Walk(child);
                    break;
                case JsonArray array:
                    foreach (var child in array) Walk(child);
                    break;
            }
        }
        Walk(Template.Value);
        return found;
    }

    /// <summary>The compiled template of one module (a nested deployment), as JSON text.</summary>
    private static string Module(string deploymentName) =>
        Resources("Microsoft.Resources/deployments")
            .Single(d => d["name"]!.GetValue<string>() == deploymentName)["properties"]!["template"]!
            .ToJsonString();

    [Fact]
    public void Function_app_runs_as_a_flex_consumption_custom_handler()
    {
        var plan = Assert.Single(Resources("Microsoft.Web/serverfarms"));
        Assert.Equal("FC1", plan["sku"]!["name"]!.GetValue<string>());

        var site = Assert.Single(Resources("Microsoft.Web/sites"));
        var config = site["properties"]!["functionAppConfig"]!;
        Assert.Equal("custom", config["runtime"]!["name"]!.GetValue<string>());
        Assert.Equal("1.0", config["runtime"]!["version"]!.GetValue<string>());
        var moduleParameters = Resources("Microsoft.Resources/deployments").Single(d => d["name"]!.GetValue<string>() == "functionapp")["properties"]!["parameters"]!;
        Assert.Equal("[parameters('instanceMemoryMB')]", moduleParameters["instanceMemoryMB"]!["value"]!.GetValue<string>());
        // The measured peak working set fits the smallest instance, which the cost model bills (docs/cost.md).
        Assert.Equal(512, Template.Value["parameters"]!["instanceMemoryMB"]!["defaultValue"]!.GetValue<int>());
        Assert.NotNull(config["scaleAndConcurrency"]!["maximumInstanceCount"]);
        var deployment = config["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", deployment["type"]!.GetValue<string>());
        Assert.Equal("UserAssignedIdentity", deployment["authentication"]!["type"]!.GetValue<string>());
        Assert.Contains("keyVaultReferenceIdentity", site["properties"]!.ToJsonString());
    }

    [Fact]
    public void Storage_refuses_shared_keys()
    {
        var account = Assert.Single(Resources("Microsoft.Storage/storageAccounts"));
        Assert.False(account["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
    }

    [Fact]
    public void App_settings_use_identity_storage_and_key_vault_references_and_no_worker_runtime()
    {
        Assert.Single(Resources("Microsoft.Web/sites/config"));
        var settings = Module("functionapp");

        Assert.Contains("AzureWebJobsStorage__credential", settings);
        Assert.Contains("managedidentity", settings);
        Assert.Contains("AzureWebJobsStorage__queueServiceUri", settings);
        var main = Template.Value["variables"]!["secretNames"]!.AsObject();
        Assert.Equal(["Smtp__Password", "Tokens__SigningKey", "Secrets__ProtectionKey", "Teams__OpsWebhookUrl"], main.Select(p => p.Key));
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", settings);
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings);
        Assert.DoesNotContain("AccountKey", settings);
    }

    [Fact]
    public void App_identity_gets_the_data_roles_it_needs()
    {
        Assert.True(Resources("Microsoft.Authorization/roleAssignments").Count >= 5);
        var rbac = Module("rbac");
        foreach (var roleId in new[]
                 {
                     "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
                     "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
                     "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
                     "3913510d-42f4-4e42-8a64-420c390055eb", // Monitoring Metrics Publisher
                     "4633458b-17de-408a-b874-0445c86b69e6", // Key Vault Secrets User
                 })
        {
            Assert.Contains(roleId, rbac);
        }
    }

    [Fact]
    public void Alert_rules_are_defined_for_every_failure_mode_in_the_runbook()
    {
        var rules = Template.Value.ToJsonString();
        foreach (var rule in new[] { "function-failures", "broken-feeds", "delivery-failures", "no-digest-24h", "poison-messages", "e2e-latency" })
        {
            Assert.Contains(rule, rules);
        }
        var ops = File.ReadAllText(Path.Combine(BicepCli.RepoRoot, "docs", "ops.md"));
        foreach (var query in Directory.GetFiles(Path.Combine(BicepCli.RepoRoot, "infra", "queries"), "*.kql"))
        {
            Assert.Contains(Path.GetFileName(query), ops);
        }
    }
}

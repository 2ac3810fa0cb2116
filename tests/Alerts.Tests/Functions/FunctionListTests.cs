using Alerts.Functions;
using Alerts.Functions.Contract;

namespace Alerts.Tests.Functions;

/// <summary>The handler lists its functions by hand (Native AOT cannot discover them): the list must match the classes and folders.</summary>
public sealed class FunctionListTests : IDisposable
{
    private readonly HandlerFactory _factory = new();

    private static readonly Type[] FunctionClasses = typeof(FunctionList).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFunction).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void Every_function_class_is_in_the_list_once()
    {
        var created = FunctionList.All.Select(entry => entry.Create(_factory.Services).GetType()).ToList();

        Assert.NotEmpty(FunctionClasses);
        Assert.Equal(created.Count, created.Distinct().Count());
        Assert.Equal(FunctionClasses.Select(t => t.FullName).Order(), created.Select(t => t.FullName).Order());
    }

    [Fact]
    public void Each_entry_is_named_as_its_function_and_its_folder_beside_its_function_json()
    {
        foreach (var entry in FunctionList.All)
        {
            var function = entry.Create(_factory.Services);
            Assert.Equal(entry.Name, function.Name);
            Assert.Equal($"Alerts.Functions.{entry.Name}", function.GetType().Namespace);
            Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "functions", entry.Name, "function.json")), $"functions/{entry.Name}/function.json is missing");
        }
    }

    public void Dispose() => _factory.Dispose();
}

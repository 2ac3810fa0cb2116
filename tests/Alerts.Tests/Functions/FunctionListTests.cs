using Alerts.Functions;
using Alerts.Functions.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Tests.Functions;

/// <summary>The handler lists its functions by hand (Native AOT cannot discover them): the list must match the classes and folders.</summary>
public class FunctionListTests
{
    private static readonly Type[] FunctionClasses = typeof(FunctionList).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFunction).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void Every_function_class_is_in_the_list_once()
    {
        Assert.NotEmpty(FunctionClasses);
        using var factory = new HandlerFactory();
        var served = factory.Services.GetServices<IFunction>().Select(f => f.GetType()).ToList();

        Assert.Equal(FunctionList.All.Length, served.Count);
        Assert.Equal(FunctionClasses.OrderBy(t => t.Name), served.Distinct().OrderBy(t => t.Name));
    }

    [Fact]
    public void Each_function_lives_in_the_folder_named_after_it_beside_its_function_json()
    {
        using var factory = new HandlerFactory();
        foreach (var function in factory.Services.GetServices<IFunction>())
        {
            Assert.Equal($"Alerts.Functions.{function.Name}", function.GetType().Namespace);
            Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "functions", function.Name, "function.json")), $"functions/{function.Name}/function.json is missing");
        }
    }
}

using Alerts.Cli.Packaging;

namespace Alerts.Tests.Infra;

/// <summary>Cold-start builds are reused only while their sources are unchanged; a failed AOT publish says why it fell back.</summary>
public sealed class PackagedAppCacheTests : IDisposable
{
    private readonly TempTree _tree = new("alerts-cache-");

    private DirectoryInfo Repo => _tree.Root;

    private void Write(string relative, string content) => _tree.Write(relative, content);

    public PackagedAppCacheTests()
    {
        Write("host.json", "{}");
        Write("functions/Health/HealthFunction.cs", "class Health {}");
        Write("shared/Pipeline/HealthService.cs", "class HealthService {}");
        Write("config/sources.json", "{}");
    }

    [Fact]
    public void The_hash_follows_sources_and_settings_but_not_build_output()
    {
        var before = PackagedAppCache.SourceHash(Repo.FullName, HandlerBuild.Aot);

        Write("functions/bin/Release/Alerts.Functions.dll", "built");
        Write("shared/obj/project.assets.json", "{}");
        Assert.Equal(before, PackagedAppCache.SourceHash(Repo.FullName, HandlerBuild.Aot));
        Assert.NotEqual(before, PackagedAppCache.SourceHash(Repo.FullName, HandlerBuild.Jit));

        Write("shared/Pipeline/HealthService.cs", "class HealthService { int x; }");
        var edited = PackagedAppCache.SourceHash(Repo.FullName, HandlerBuild.Aot);
        Assert.NotEqual(before, edited);

        Write("config/extra.json", "{}");
        Assert.NotEqual(edited, PackagedAppCache.SourceHash(Repo.FullName, HandlerBuild.Aot));
    }

    [Fact]
    public void A_cached_folder_is_current_only_while_its_recorded_hash_matches()
    {
        var root = Path.Combine(Repo.FullName, "out");
        var folder = PackagedAppCache.Folder(root, HandlerBuild.Aot);
        Assert.Null(PackagedAppCache.Current(Repo.FullName, root, HandlerBuild.Aot));

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, PackagedAppCache.HashFile), PackagedAppCache.SourceHash(Repo.FullName, HandlerBuild.Aot));
        Assert.Equal(folder, PackagedAppCache.Current(Repo.FullName, root, HandlerBuild.Aot));
        Assert.Null(PackagedAppCache.Current(Repo.FullName, root, HandlerBuild.Jit));

        Write("functions/Health/HealthFunction.cs", "class Health { }");
        Assert.Null(PackagedAppCache.Current(Repo.FullName, root, HandlerBuild.Aot));
    }

    [Fact]
    public void The_fallback_reason_tells_a_missing_toolchain_from_code_that_is_not_aot_safe()
    {
        var toolchain = HandlerPublisher.FallbackReason(
            "/root/.nuget/packages/microsoft.dotnet.ilcompiler/build/Microsoft.NETCore.Native.Unix.targets(250,5): error : Platform linker ('clang' or 'gcc') not found in PATH. Ensure you have all the required prerequisites documented at https://aka.ms/nativeaot-prerequisites.");
        Assert.StartsWith("The native toolchain", toolchain);
        Assert.Contains("Platform linker", toolchain);

        var unsafeCode = HandlerPublisher.FallbackReason(
            "/repo/functions/HandlerApp.cs(52,9): error IL2026: Using member 'System.Reflection.Assembly.GetTypes()' which has 'RequiresUnreferencedCodeAttribute'");
        Assert.StartsWith("The app is not AOT-safe", unsafeCode);
        Assert.Contains("HandlerApp.cs(52,9)", unsafeCode);
        Assert.False(HandlerPublisher.NativeToolchainMissing(unsafeCode));
    }

    public void Dispose() => _tree.Dispose();
}

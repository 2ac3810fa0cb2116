using System.IO.Compression;

namespace Alerts.Cli.Packaging;

/// <summary>
/// Unix permissions in zip entries: the upper 16 bits of ExternalAttributes hold st_mode. Linux hosts
/// (Flex Consumption included) start the handler only when its entry carries the run bit.
/// </summary>
public static class UnixModes
{
    private const int RegularFile = 0x8000; // S_IFREG
    public const UnixFileMode Executable = (UnixFileMode)0b111_101_101; // 0755
    public const UnixFileMode Regular = (UnixFileMode)0b110_100_100; // 0644

    public static void Set(ZipArchiveEntry entry, UnixFileMode mode) =>
        entry.ExternalAttributes = (RegularFile | (int)mode) << 16;

    public static UnixFileMode Get(ZipArchiveEntry entry) => (UnixFileMode)((entry.ExternalAttributes >> 16) & 0xFFF);

    public static bool IsExecutable(ZipArchiveEntry entry) => (Get(entry) & UnixFileMode.UserExecute) != 0;
}

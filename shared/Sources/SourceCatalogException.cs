namespace Alerts.Sources;

/// <summary>The catalogue cannot be used; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class SourceCatalogException(IReadOnlyList<SourceError> errors, string? path = null)
    : Exception(Compose(errors, path))
{
    public IReadOnlyList<SourceError> Errors { get; } = errors;

    private static string Compose(IReadOnlyList<SourceError> errors, string? path)
    {
        var where = path is null ? "the sources catalogue" : $"'{path}'";
        var noun = errors.Count == 1 ? "error" : "errors";
        return $"{errors.Count} {noun} in {where}:" + Environment.NewLine
            + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}

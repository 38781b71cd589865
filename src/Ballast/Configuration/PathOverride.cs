using Ballast.Rules;

namespace Ballast.Configuration;

/// <summary>Settings for the Dockerfiles whose path, relative to the configuration file,
/// matches one of <paramref name="Patterns"/>.</summary>
/// <param name="Patterns">Glob patterns: <c>*</c> within a folder, <c>**</c> across folders.
/// </param>
/// <param name="Ignored">Rule ids not reported for these files.</param>
/// <param name="Severities">Severity per rule id for these files.</param>
public sealed record PathOverride(
    IReadOnlyList<GlobPattern> Patterns,
    IReadOnlySet<string> Ignored,
    IReadOnlyDictionary<string, Severity> Severities)
{
    /// <summary>True when <paramref name="relativePath"/> (with <c>/</c> separators)
    /// matches a pattern.</summary>
    public bool Matches(string relativePath) =>
        Patterns.Any(pattern => pattern.Matches(relativePath));
}

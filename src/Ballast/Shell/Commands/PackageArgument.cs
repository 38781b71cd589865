namespace Ballast.Shell.Commands;

/// <summary>One package named on a command line, split into name and version.</summary>
/// <param name="Word">The word it was written in.</param>
/// <param name="Name">The package name, or the path or URL for those origins.</param>
/// <param name="Version">The version or constraint, without its operator; null when none.
/// </param>
/// <param name="VersionOperator">How the version binds: <c>=</c>, <c>==</c>, <c>&gt;=</c>,
/// <c>@</c>, <c>:</c>...; null when no version is given.</param>
/// <param name="Origin">Whether it is a registry name, a local path or a URL.</param>
public sealed record PackageArgument(
    ShellWord Word,
    string Name,
    string? Version,
    string? VersionOperator,
    PackageOrigin Origin)
{
    /// <summary>
    /// True when the argument pins one exact version: an exact operator and a version with a
    /// digit and no range or wildcard, or a path or URL (which pins itself).
    /// </summary>
    public bool IsPinned => Origin != PackageOrigin.Registry || IsExactVersion();

    private bool IsExactVersion() =>
        Version is { Length: > 0 } version
        && VersionOperator is "=" or "==" or "===" or "@" or ":" or "-"
        && version.Any(char.IsAsciiDigit)
        && version[0] is not ('^' or '~' or '<' or '>' or '=')
        && !version.Contains('*')
        && !version.Contains(" || ", StringComparison.Ordinal)
        && !version.EndsWith(".x", StringComparison.OrdinalIgnoreCase);
}

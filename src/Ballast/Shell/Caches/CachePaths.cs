namespace Ballast.Shell.Caches;

/// <summary>Compares cache directories with cache mounts and with paths given to rm.</summary>
internal static class CachePaths
{
    /// <summary>True when <paramref name="path"/> lies on one of the cache mounts.</summary>
    public static bool IsUnder(string path, IReadOnlyList<string> mountTargets, string home) =>
        mountTargets.Any(target => Covers(Normalize(target, home), path));

    /// <summary>
    /// True when removing <paramref name="word"/> removes <paramref name="path"/> or all
    /// of its contents (<c>rm -rf /var/lib/apt/lists/*</c>).
    /// </summary>
    public static bool Removes(ShellWord word, string path, string home)
    {
        string? removed = word.Value ?? WithHome(word.Raw, home);
        if (removed is null)
        {
            return false;
        }

        string normalized = Normalize(removed, home);
        if (normalized.EndsWith("/*", StringComparison.Ordinal))
        {
            normalized = normalized[..^2];
        }

        return normalized.Length > 0 && !normalized.Contains('*') && Covers(normalized, path);
    }

    private static bool Covers(string directory, string path) =>
        directory.Length > 0
        && (path == directory
            || path.StartsWith(directory + "/", StringComparison.Ordinal));

    private static string Normalize(string path, string home)
    {
        string expanded = path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? home + path[1..]
            : path;
        while (expanded.Contains("//", StringComparison.Ordinal))
        {
            expanded = expanded.Replace("//", "/", StringComparison.Ordinal);
        }

        return expanded.Length > 1 ? expanded.TrimEnd('/') : expanded;
    }

    /// <summary>Expands <c>$HOME</c> and <c>${HOME}</c> when nothing else is expanded.
    /// </summary>
    private static string? WithHome(string raw, string home)
    {
        string expanded = raw.Replace("${HOME}", home, StringComparison.Ordinal)
            .Replace("$HOME", home, StringComparison.Ordinal)
            .Trim('"');
        return expanded.Contains('$') || expanded.Contains('`') ? null : expanded;
    }
}

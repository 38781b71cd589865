namespace Ballast.Context;

/// <summary>
/// The patterns of a build context's <c>.dockerignore</c>, read as Docker reads them: a line
/// starting with <c>#</c> is a comment, lines are trimmed, a leading <c>!</c> makes an
/// exception, patterns are cleaned and a leading <c>/</c> dropped. The last pattern that
/// matches a path decides whether it is excluded.
/// </summary>
public sealed class DockerignoreFile
{
    private DockerignoreFile(string path, IReadOnlyList<IgnorePattern> patterns, string? error)
    {
        Path = path;
        Patterns = patterns;
        Error = error;
    }

    /// <summary>Where the file was read from.</summary>
    public string Path { get; }

    /// <summary>The patterns in file order.</summary>
    public IReadOnlyList<IgnorePattern> Patterns { get; }

    /// <summary>Why Docker would refuse the file (with its line), or null.</summary>
    public string? Error { get; }

    /// <summary>True when a <c>!</c> pattern sends some excluded files again.</summary>
    public bool HasExceptions => Patterns.Any(pattern => pattern.IsException);

    /// <summary>Reads <paramref name="text"/> as the content of <paramref name="path"/>.
    /// </summary>
    public static DockerignoreFile Parse(string text, string path = ".dockerignore")
    {
        var patterns = new List<IgnorePattern>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var pattern = Read(line.Trim(), index + 1, out var error);
            if (pattern is null)
            {
                return new DockerignoreFile(path, patterns, $"{path}:{index + 1}: {error}");
            }

            patterns.Add(pattern);
        }

        return new DockerignoreFile(path, patterns, null);
    }

    /// <summary>The ignore file Docker uses for <paramref name="dockerfilePath"/> when the
    /// context is <paramref name="contextFolder"/> (the Dockerfile's folder when null):
    /// <c>&lt;Dockerfile&gt;.dockerignore</c> beside the Dockerfile first, then
    /// <c>.dockerignore</c> at the context root. Null when there is none or it cannot be
    /// read.</summary>
    public static DockerignoreFile? Find(string dockerfilePath, string? contextFolder = null)
    {
        try
        {
            var full = System.IO.Path.GetFullPath(dockerfilePath);
            var folder = contextFolder ?? System.IO.Path.GetDirectoryName(full) ?? ".";
            var candidates = new[]
            {
                full + ".dockerignore",
                System.IO.Path.Combine(folder, ".dockerignore"),
            };
            var found = candidates.FirstOrDefault(File.Exists);
            return found is null ? null : Parse(File.ReadAllText(found), found);
        }
        catch (Exception exception) when (exception is IOException
            or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="path"/> (relative to the context root) is left out
    /// of the context: the last pattern matching it or a folder above it is not an
    /// exception.</summary>
    public bool Excludes(string path)
    {
        var cleaned = ContextPath.Clean(path);
        if (cleaned == ".")
        {
            // Docker never lets the patterns drop the whole context.
            return false;
        }

        var excluded = false;
        foreach (var pattern in Patterns)
        {
            // Once excluded only an exception can change the answer, and the reverse.
            if (pattern.IsException != excluded)
            {
                continue;
            }

            if (pattern.MatchesOrParent(cleaned))
            {
                excluded = !pattern.IsException;
            }
        }

        return excluded;
    }

    /// <summary>The last pattern that excludes <paramref name="path"/>, or null.</summary>
    public IgnorePattern? ExcludedBy(string path)
    {
        var cleaned = ContextPath.Clean(path);
        return Excludes(cleaned)
            ? Patterns.Last(pattern => !pattern.IsException && pattern.MatchesOrParent(cleaned))
            : null;
    }

    private static IgnorePattern? Read(string line, int number, out string error)
    {
        error = "";
        var isException = line.StartsWith('!');
        var text = isException ? line[1..].Trim() : line;
        if (text.Length == 0)
        {
            error = "illegal exclusion pattern: \"!\"";
            return null;
        }

        text = ContextPath.Clean(text);
        if (text.Length > 1 && text.StartsWith('/'))
        {
            text = text[1..];
        }

        var pattern = IgnorePattern.Compile(text, isException, number);
        if (pattern is null)
        {
            error = $"syntax error in pattern: {text}";
        }

        return pattern;
    }
}

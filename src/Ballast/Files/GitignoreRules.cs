using MAB.DotIgnore;

namespace Ballast.Files;

/// <summary>
/// The git ignore rules in effect in one folder of a working tree: the repository's
/// <c>.git/info/exclude</c>, then every <c>.gitignore</c> from the repository root down to
/// the folder, deeper files winning as in git. Matching is MAB.DotIgnore's gitignore
/// semantics; each nested file's patterns are rewritten relative to the root so one list
/// holds them all in precedence order.
/// </summary>
public sealed class GitignoreRules
{
    private readonly string root;
    private readonly IgnoreList rules;
    private readonly bool honoured;

    private GitignoreRules(string root, IgnoreList rules, bool honoured = true)
    {
        this.root = root;
        this.rules = rules;
        this.honoured = honoured;
    }

    /// <summary>No rules: nothing is ignored.</summary>
    public static GitignoreRules None => new(".", new IgnoreList(), honoured: false);

    /// <summary>The rules that apply inside <paramref name="folder"/>: those of the
    /// repository that holds it (the folder itself when it is in none, or when the
    /// repository ignores the folder: naming it asks for it).</summary>
    public static GitignoreRules ForFolder(string folder)
    {
        var full = Path.GetFullPath(folder);
        var root = RepositoryRoot(full) ?? full;
        var rules = new IgnoreList();
        AddFile(rules, Path.Combine(root, ".git", "info", "exclude"), "");
        var scope = new GitignoreRules(root, rules).Enter(root);
        foreach (var ancestor in FoldersBetween(root, full))
        {
            // A folder the user names is searched even when the repository ignores it;
            // only its own ignore files count then.
            if (scope.IsIgnored(ancestor, isFolder: true))
            {
                return new GitignoreRules(full, new IgnoreList()).Enter(full);
            }

            scope = scope.Enter(ancestor);
        }

        return scope;
    }

    /// <summary>These rules plus the <c>.gitignore</c> of <paramref name="folder"/>, a
    /// folder below the root; the same rules when it has none.</summary>
    public GitignoreRules Enter(string folder)
    {
        if (!honoured)
        {
            return this;
        }

        var file = Path.Combine(folder, ".gitignore");
        if (!File.Exists(file))
        {
            return this;
        }

        var deeper = rules.Clone();
        AddFile(deeper, file, Relative(folder));
        return new GitignoreRules(root, deeper);
    }

    /// <summary>True when git ignores <paramref name="path"/> (a file, or a folder when
    /// <paramref name="isFolder"/>). Paths outside the repository are never ignored.
    /// </summary>
    public bool IsIgnored(string path, bool isFolder)
    {
        var relative = honoured ? Relative(path) : "";
        var outside = relative == ".." || relative.StartsWith("../", StringComparison.Ordinal);
        return relative.Length > 0 && !outside && rules.IsIgnored(relative, isFolder);
    }

    private string Relative(string path)
    {
        var relative = Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }

    private static string? RepositoryRoot(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null;
            current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        return null;
    }

    private static IEnumerable<string> FoldersBetween(string root, string folder)
    {
        var chain = new Stack<string>();
        for (var current = folder; current.Length > root.Length;
            current = Path.GetDirectoryName(current) ?? root)
        {
            chain.Push(current);
        }

        return chain;
    }

    private static void AddFile(IgnoreList rules, string file, string folder)
    {
        try
        {
            if (File.Exists(file))
            {
                rules.AddRules(File.ReadAllLines(file).Select(line => Anchor(line, folder)));
            }
        }
        catch (Exception exception) when (exception is IOException
            or UnauthorizedAccessException)
        {
            // Limitation: an unreadable ignore file is treated as empty, as git warns and
            // goes on.
        }
    }

    /// <summary>Rewrites a pattern of the <c>.gitignore</c> in <paramref name="folder"/>
    /// (relative to the root) so it means the same from the root: a pattern with a slash
    /// before its end is anchored to its folder, one without matches at any depth below.
    /// </summary>
    internal static string Anchor(string line, string folder)
    {
        var pattern = line.TrimEnd('\r');
        if (folder.Length == 0 || pattern.Length == 0 || pattern.StartsWith('#'))
        {
            return pattern;
        }

        var negated = pattern.StartsWith('!');
        var body = negated ? pattern[1..] : pattern;
        var anchored = body.TrimEnd('/').Contains('/', StringComparison.Ordinal);
        var rewritten = anchored ? $"{folder}/{body.TrimStart('/')}" : $"{folder}/**/{body}";
        return negated ? "!" + rewritten : rewritten;
    }
}

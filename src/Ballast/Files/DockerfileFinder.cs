namespace Ballast.Files;

/// <summary>Turns the paths a user names into Dockerfiles: a file is itself, always; a folder
/// means every <c>Dockerfile</c>, <c>*.Dockerfile</c> and <c>Dockerfile.*</c> below it, in a
/// stable order, skipping version-control and installed-dependency folders and whatever the
/// repository's <c>.gitignore</c> files and <c>.git/info/exclude</c> ignore.</summary>
public static class DockerfileFinder
{
    // Version-control stores and installed dependencies, which hold other projects' files
    // and are rarely in .gitignore when committed. Build output folders are not listed: Go's
    // layout keeps Dockerfiles in build/, and git ignores real output anyway.
    private static readonly HashSet<string> Skipped =
        [".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__"];

    /// <summary>True for a file name Ballast treats as a Dockerfile.</summary>
    public static bool IsDockerfileName(string name) =>
        name == "Dockerfile" || name == "Containerfile"
        || name.EndsWith(".Dockerfile", StringComparison.Ordinal)
        || name.EndsWith(".dockerfile", StringComparison.Ordinal)
        || name.StartsWith("Dockerfile.", StringComparison.Ordinal)
        || name.StartsWith("Containerfile.", StringComparison.Ordinal);

    /// <summary>The Dockerfiles <paramref name="path"/> names, or an error.</summary>
    public static IReadOnlyList<string> Find(string path, out DocumentError? error) =>
        Find(path, honourGitignore: true, out error);

    /// <summary>The Dockerfiles <paramref name="path"/> names, or an error; with
    /// <paramref name="honourGitignore"/> false, files git ignores are searched too.</summary>
    public static IReadOnlyList<string> Find(
        string path, bool honourGitignore, out DocumentError? error)
    {
        error = null;
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            error = new DocumentError(path, 0, 0, "no such file or directory");
            return [];
        }

        var found = new List<string>();
        Walk(path, honourGitignore ? GitignoreRules.ForFolder(path) : GitignoreRules.None,
            found);
        if (found.Count == 0)
        {
            error = new DocumentError(path, 0, 0,
                "no Dockerfile here (looked for Dockerfile, *.Dockerfile and Dockerfile.*)");
        }

        return found;
    }

    private static void Walk(string folder, GitignoreRules ignored, List<string> found)
    {
        IEnumerable<string> files;
        IEnumerable<string> folders;
        try
        {
            files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
            folders = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return;
        }

        found.AddRange(files.Where(file => IsDockerfileName(Path.GetFileName(file))
            && !ignored.IsIgnored(file, isFolder: false)));
        foreach (var child in folders.Where(child => !Skipped.Contains(Path.GetFileName(child))
            && !ignored.IsIgnored(child, isFolder: true)))
        {
            Walk(child, ignored.Enter(child), found);
        }
    }
}

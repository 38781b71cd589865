namespace Ballast.Engines;

/// <summary>Finds a client executable on the search path, as a shell would.</summary>
internal static class ExecutableSearch
{
    /// <summary>The full path of <paramref name="name"/>, or null when no directory has it.
    /// A name containing a slash is taken as a path and only checked.</summary>
    public static string? Find(string name, IReadOnlyList<string>? directories)
    {
        if (name.Contains('/'))
        {
            return IsExecutable(name) ? Path.GetFullPath(name) : null;
        }

        foreach (var directory in directories ?? PathDirectories())
        {
            var candidate = Path.Combine(directory, name);
            if (IsExecutable(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The directories of the <c>PATH</c> variable, empty entries dropped.</summary>
    public static IReadOnlyList<string> PathDirectories()
        => (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        const UnixFileMode AnyExecute
            = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & AnyExecute) != 0;
    }
}

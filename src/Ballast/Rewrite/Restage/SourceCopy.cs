using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>The COPY of the whole build context that brings the sources in before a build
/// step, with where it puts them: the point where build files can be copied ahead of the
/// sources so that a dependency download stays cached across source changes.</summary>
/// <param name="Copy">The COPY of the whole context.</param>
/// <param name="Folder">Its destination, absolute, without a trailing slash.</param>
/// <param name="Destination">Its destination as the new COPY lines write it, ending in a
/// slash (<c>./</c>, <c>/src/</c>).</param>
internal sealed record SourceCopy(CopyInstruction Copy, string Folder, string Destination)
{
    /// <summary>The last COPY of the whole context before <paramref name="build"/>, or null
    /// when the sources arrive otherwise.</summary>
    public static SourceCopy? Before(Stage stage, RunInstruction build)
    {
        var workdir = "/";
        SourceCopy? found = null;
        foreach (var instruction in stage.Instructions.TakeWhile(item => item != build))
        {
            if (instruction.Name == "WORKDIR")
            {
                workdir = PythonPlan.WorkdirAfter(instruction, workdir);
            }

            if (instruction is CopyInstruction { CopiesWholeContext: true } copy
                && copy.ExpandedDestination is { } destination
                && !destination.Contains('$'))
            {
                var folder = destination.StartsWith('/')
                    ? destination
                    : PythonPlan.Join(workdir, destination);
                var written = destination is "." or "./" ? "./" : destination.TrimEnd('/') + "/";
                found = new SourceCopy(copy, Trim(folder), written);
            }
        }

        return found;
    }

    /// <summary>The context folder that lands in <paramref name="folder"/> of the image, or
    /// null when the context was not given or the folder is not under this copy.</summary>
    public string? ContextFolder(string? contextDirectory, string folder)
    {
        folder = Trim(folder);
        if (contextDirectory is null)
        {
            return null;
        }

        if (folder == Folder)
        {
            return contextDirectory;
        }

        var prefix = Folder == "/" ? "/" : Folder + "/";
        return folder.StartsWith(prefix, StringComparison.Ordinal)
            ? Path.Combine(contextDirectory, folder[prefix.Length..])
            : null;
    }

    /// <summary>True when a COPY before this one already copies a build file, as
    /// <paramref name="isBuildFile"/> tells by name: the build files came first already.
    /// </summary>
    public bool FollowsCopyOf(Stage stage, Func<string, bool> isBuildFile) =>
        stage.Instructions.TakeWhile(item => item != Copy).OfType<CopyInstruction>()
            .Any(copy => copy.FromContext && copy.Sources.Any(word =>
                isBuildFile(Path.GetFileName(word.Text.TrimEnd('/')))));

    /// <summary>The lines that copy <paramref name="files"/> (paths relative to the context,
    /// folders ending in a slash) ahead of the sources, grouped by the folder they land in,
    /// and then run <paramref name="commands"/> with the build step's RUN flags.</summary>
    public IReadOnlyList<string> Lines(
        string comment, IEnumerable<string> files, string runFlags, params string[] commands)
    {
        var lines = new List<string> { "# " + comment };
        var plain = new List<string>();
        foreach (var file in files)
        {
            if (file.EndsWith('/'))
            {
                lines.Add($"COPY {file} {Destination}{file}");
                continue;
            }

            var slash = file.LastIndexOf('/');
            if (slash < 0)
            {
                plain.Add(file);
                continue;
            }

            lines.Add($"COPY {file} {Destination}{file[..(slash + 1)]}");
        }

        if (plain.Count > 0)
        {
            lines.Insert(1, $"COPY {string.Join(' ', plain)} {Destination}");
        }

        var run = runFlags.Length > 0 ? $"RUN {runFlags} " : "RUN ";
        lines.AddRange(commands.Select(command => run + command));
        return lines;
    }

    private static string Trim(string folder) => folder.Length > 1 ? folder.TrimEnd('/') : folder;
}

using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// The files of the copied source tree that the runtime settings name: an ENV value or a
/// CMD/ENTRYPOINT word that is an absolute path under the folder the context was copied to
/// (<c>ENV CONFIG=/app/config/app.yaml</c>). A final stage holding only the binary needs
/// them copied from the builder too.
/// </summary>
internal static class SourceTreeFiles
{
    /// <summary>The named paths under the sources of <paramref name="build"/>, and the
    /// change that says what is and is not carried; none when no context copy feeds the
    /// build.</summary>
    public static (IReadOnlyList<string> Paths, IReadOnlyList<ChangeExplanation> Changes) Of(
        Stage stage, RunInstruction build, string binary)
    {
        if (SourceCopy.Before(stage, build) is not { } sources)
        {
            return ([], []);
        }

        var prefix = sources.Folder == "/" ? "/" : sources.Folder + "/";
        var paths = Words(stage)
            .Where(word => word.StartsWith(prefix, StringComparison.Ordinal)
                && word.Length > prefix.Length && !word.Contains('$', StringComparison.Ordinal)
                && word != binary && !binary.StartsWith(word + "/", StringComparison.Ordinal))
            .Select(word => word.TrimEnd('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        // Limitation: relative paths and paths read by the program itself are not seen; the
        // change list says so.
        var change = paths.Count > 0
            ? new ChangeExplanation(
                $"The final stage also copies {string.Join(", ", paths)} from the builder.",
                "The runtime settings name them and they came with the sources; other files "
                + $"of {sources.Folder} are not carried.")
            : new ChangeExplanation(
                $"Only the binary is carried from {sources.Folder}; other files of the source "
                + "tree are not in the final stage.",
                "No ENV or command names a file there; a program that reads files of the "
                + "source tree by a relative path needs them copied by hand.");
        return (paths, [change]);
    }

    private static IEnumerable<string> Words(Stage stage) =>
        stage.Instructions.SelectMany(instruction => instruction switch
        {
            KeyValueInstruction { Name: "ENV" } env => env.Pairs
                .Select(pair => pair.Value ?? "")
                .SelectMany(value => value.Split([':', ',', ' '],
                    StringSplitOptions.RemoveEmptyEntries)),
            CommandInstruction { Name: "CMD" or "ENTRYPOINT" } command =>
                CommandWords.Of(command).SelectMany(word => word.Split('=')),
            _ => [],
        });
}

using Ballast.Shell;

namespace Ballast.Workflows;

/// <summary>Turns <c>--smoke "..."</c> into the words a container runs.</summary>
public static class SmokeCommand
{
    /// <summary>Splits <paramref name="text"/> into words as a shell would, without running
    /// anything; null with an error for text that is not one simple command with known
    /// words (pipes, lists, expansions).</summary>
    public static IReadOnlyList<string>? Split(string text, out string? error)
    {
        error = null;
        var script = ShellParser.Parse(text);
        if (script.Diagnostics.Count > 0)
        {
            error = $"--smoke: {script.Diagnostics[0].Message}";
            return null;
        }

        if (script.Commands.Count != 1 || script.Commands[0].Name is null)
        {
            error = "--smoke: give one command, such as \"python -c 'import app'\"; "
                + "wrap pipes or lists in sh -c '...'";
            return null;
        }

        var words = script.Commands[0].Words.ToList();
        if (words.Any(word => word.Value is null))
        {
            error = "--smoke: expansions such as $VAR are not evaluated here; "
                + "wrap the command in sh -c '...'";
            return null;
        }

        return words.Select(word => word.Value!).ToList();
    }
}

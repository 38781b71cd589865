namespace Ballast.Shell;

/// <summary>
/// A parsed script: every simple command in execution order, the problems found and the
/// shell options in effect at the end.
/// </summary>
public sealed class ShellScript
{
    internal ShellScript(
        string text,
        IReadOnlyList<ShellCommand> commands,
        IReadOnlyList<ShellDiagnostic> diagnostics,
        ShellOptions options)
    {
        Text = text;
        Commands = commands;
        Diagnostics = diagnostics;
        Options = options;
    }

    /// <summary>The parsed string; every span points into it.</summary>
    public string Text { get; }

    /// <summary>
    /// Every simple command, flattened in execution order, including those inside
    /// subshells, groups, conditionals, loops, substitutions and <c>sh -c</c> scripts. A
    /// command run through a wrapper follows the wrapper.
    /// </summary>
    public IReadOnlyList<ShellCommand> Commands { get; }

    /// <summary>Problems found while reading, each with a span; parsing went on past them.
    /// </summary>
    public IReadOnlyList<ShellDiagnostic> Diagnostics { get; }

    /// <summary>The options in effect at the end of the script.</summary>
    public ShellOptions Options { get; }

    /// <summary>True when <c>set -e</c> is in effect at the end of the script.</summary>
    public bool Errexit => Options.Errexit;

    /// <summary>True when <c>set -o pipefail</c> is in effect at the end of the script.</summary>
    public bool Pipefail => Options.Pipefail;

    /// <summary>The command that reads the output of <paramref name="command"/> through a pipe,
    /// or null when <paramref name="command"/> is the last of its pipeline or not piped.
    /// </summary>
    public ShellCommand? NextInPipeline(ShellCommand command)
    {
        if (command.Pipeline is not { IsLast: false } position)
        {
            return null;
        }

        return Commands.FirstOrDefault(other =>
            other.Pipeline is { } next
            && next.Pipeline == position.Pipeline
            && next.Index == position.Index + 1
            && !other.IsWrapped);
    }
}

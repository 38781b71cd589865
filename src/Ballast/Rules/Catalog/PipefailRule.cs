using Ballast.Model;
using Ballast.Shell;

namespace Ballast.Rules.Catalog;

/// <summary>BL433: without <c>pipefail</c> a pipeline fails only when its last command
/// fails, so <c>curl ... | tar x</c> with a failed download can still pass the build.
/// </summary>
public sealed class PipefailRule : Rule
{
    private static readonly HashSet<string> PipefailShells = ["bash", "zsh", "ksh", "mksh"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL433",
        "pipe without pipefail",
        Category.Correctness,
        Severity.Warning,
        "A pipeline's status is its last command's, so an earlier failure goes unnoticed "
        + "unless pipefail is set; a broken download then builds a broken image.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var run in stage.OfType<RunInstruction>())
            {
                if (run.Commands is not { } script || ShellSetsPipefail(run.ShellCommand)
                    || Unguarded(script) is not { } piped)
                {
                    continue;
                }

                yield return Report(context, run, piped);
            }
        }
    }

    private Finding Report(RuleContext context, RunInstruction run, ShellCommand piped)
    {
        var span = run.SourceSpan(piped.Span);
        if (run.ShellCommand.Count > 0
            && PipefailShells.Contains(Path.GetFileName(run.ShellCommand[0])))
        {
            return context.Report(Descriptor,
                "this pipeline fails only if its last command fails; start the script with "
                + "set -o pipefail &&.",
                span);
        }

        // Limitation: /bin/sh is dash on Debian and Ubuntu, which only gained pipefail in
        // recent releases, so the finding is a note there and the advice is a bash SHELL.
        return context.Report(Descriptor with { DefaultSeverity = Severity.Info },
            "this pipeline fails only if its last command fails, and /bin/sh may not support "
            + "pipefail; use SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before it.",
            span);
    }

    private static bool ShellSetsPipefail(IReadOnlyList<string> shell) =>
        shell.Any(argument => argument == "pipefail" || argument.EndsWith("o pipefail",
            StringComparison.Ordinal));

    // The first command of a pipeline that runs while pipefail is off; set -o pipefail
    // earlier in the same script turns it on for the commands after it.
    private static ShellCommand? Unguarded(ShellScript script) =>
        script.Commands.FirstOrDefault(command =>
            command.Pipeline is { Index: 0 } && !command.Options.Pipefail && !command.IsWrapped);
}

namespace Ballast.Rules.Catalog;

/// <summary>BL468: a RUN calls a tool that has nothing to do in a build: a remote shell, an
/// editor, a process viewer, or service control that needs a running init.</summary>
public sealed class InteractiveToolRule : Rule
{
    private static readonly HashSet<string> Pointless = new(StringComparer.Ordinal)
    {
        "ssh", "vim", "vi", "nano", "top", "htop", "ps", "kill", "mount", "service",
        "shutdown", "free", "systemctl", "reboot",
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL468",
        "Interactive or system tool in RUN",
        Category.Correctness,
        Severity.Info,
        "Editors, process viewers, service control and shutdown do nothing useful while an "
        + "image builds: no init runs and no one is at the keyboard.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var (run, command) in stage.ShellCommands())
            {
                if (command.ProgramName is not { } program || !Pointless.Contains(program))
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"{program} has nothing to do during a build.",
                    run.SourceSpan(command.Name!.Span));
            }
        }
    }
}

namespace Ballast.Rules.Catalog;

/// <summary>BL469: a RUN re-links <c>/bin/sh</c> to change the shell, which changes it for
/// every program in the image; SHELL changes it for the Dockerfile only.</summary>
public sealed class RelinkedShellRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL469",
        "RUN re-links /bin/sh",
        Category.Correctness,
        Severity.Warning,
        "Linking /bin/sh to another shell changes it for every script in the image; the "
        + "SHELL instruction changes it for the following RUNs only.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var (run, command) in stage.ShellCommands())
            {
                if (command.ProgramName != "ln"
                    || !command.Arguments.Any(word => word.Is("/bin/sh")))
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    "Use SHELL [\"/bin/bash\", \"-c\"] instead of re-linking /bin/sh.",
                    run.SourceSpan(command.Span));
            }
        }
    }
}

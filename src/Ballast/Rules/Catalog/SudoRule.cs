using Ballast.Shell;

namespace Ballast.Rules.Catalog;

/// <summary>BL302: <c>sudo</c> in a RUN. Builds run as root unless a USER says otherwise,
/// and sudo in the image lets any process there become root again.</summary>
public sealed class SudoRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL302",
        "sudo in RUN",
        Category.Security,
        Severity.Warning,
        "sudo in a RUN needs sudo installed and configured in the image, which lets any "
        + "process in the container become root; switch with USER instead.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (run, _, command) in ShellCommands.In(context.Model.ReachableStages))
        {
            if (command.ProgramName != "sudo" || command.Name is not ShellWord name)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                "sudo in a RUN: run this step as root with USER root before it, and switch "
                + "back with USER afterwards.",
                run.SourceSpan(name.Span));
        }
    }
}

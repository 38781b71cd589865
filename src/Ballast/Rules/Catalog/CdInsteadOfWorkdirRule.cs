namespace Ballast.Rules.Catalog;

/// <summary>BL521: a <c>cd</c> in the main shell of a RUN hides the working directory of
/// the commands after it; WORKDIR says it once, for every later instruction too.</summary>
public sealed class CdInsteadOfWorkdirRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL521",
        "cd where WORKDIR belongs",
        Category.Style,
        Severity.Style,
        "cd in a RUN changes the directory of that RUN only, which readers easily miss; "
        + "WORKDIR sets it visibly for every later instruction.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (run, _, command) in ShellCommands.In(context.Model.ReachableStages))
        {
            // A cd in ( ), $( ) or sh -c ends with its subshell and moves nothing else.
            if (command.ProgramName != "cd" || command.InSubshell || command.IsWrapped)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                "cd in a RUN: set the directory with WORKDIR, or keep the cd inside a ( ) "
                + "subshell when it is only for a few commands.",
                run.SourceSpan(command.Span));
        }
    }
}

namespace Ballast.Rules.Catalog;

/// <summary>BL467: <c>apt</c> in a RUN. Its command line is meant for people and warns that
/// it has no stable interface; <c>apt-get</c> is the one for scripts.</summary>
public sealed class AptFrontendRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL467",
        "apt used instead of apt-get",
        Category.Correctness,
        Severity.Warning,
        "apt is the interactive front end and its behaviour may change between releases; "
        + "use apt-get and apt-cache in scripts.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var (run, command) in stage.ShellCommands())
            {
                if (command.ProgramName != "apt" || command.Name is not { } name)
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    "apt is meant for people; use apt-get in a Dockerfile.",
                    run.SourceSpan(name.Span));
            }
        }
    }
}

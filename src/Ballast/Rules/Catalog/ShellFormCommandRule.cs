using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL462: CMD or ENTRYPOINT in shell form in the final image: the process runs under
/// <c>/bin/sh -c</c>, is not PID 1 and never sees SIGTERM, so stops wait for the kill
/// timeout.</summary>
public sealed class ShellFormCommandRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL462",
        "CMD or ENTRYPOINT in shell form",
        Category.Correctness,
        Severity.Warning,
        "The shell form runs the command under /bin/sh -c, which does not pass signals on; "
        + "containers then take the full stop timeout to end. The JSON form runs it directly.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            foreach (var command in stage.OfType<CommandInstruction>())
            {
                if (command.IsExecForm || command.Name == "HEALTHCHECK"
                    || command.Syntax.Arguments.Count == 0)
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"{command.Name} is in shell form; write it as a JSON array so the process "
                    + "receives signals.",
                    command.Syntax.KeywordSpan);
            }
        }
    }
}

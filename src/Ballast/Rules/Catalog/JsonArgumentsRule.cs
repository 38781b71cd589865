namespace Ballast.Rules.Catalog;

/// <summary>BL507 (JSONArgsRecommended): a shell-form CMD or ENTRYPOINT runs under
/// <c>/bin/sh -c</c>, so the program is not PID 1 and does not receive SIGTERM.</summary>
public sealed class JsonArgumentsRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "JSONArgsRecommended";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL507", "JSON arguments recommended", Category.Style, Severity.Warning,
        "Shell-form CMD and ENTRYPOINT run under a shell that does not pass on signals.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                var syntax = instruction.Syntax;
                if (syntax.Name is not ("CMD" or "ENTRYPOINT") || syntax.IsJsonForm
                    || syntax.Arguments.Count == 0)
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"JSON arguments recommended for {syntax.Name} to prevent unintended "
                    + "behavior related to OS signals", syntax.Span);
            }
        }
    }
}

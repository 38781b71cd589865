using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL401: BuildKit refuses a variable in <c>COPY --from</c> (and in a RUN
/// <c>--mount from=</c>) even when an ARG would give it a value; the build fails there. The
/// model still resolves the stage through the ARG's default, so other rules keep working.
/// </summary>
public sealed class CopyFromVariableRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL401", "Variable in COPY --from", Category.Correctness, Severity.Error,
        "BuildKit does not expand variables in COPY --from; the build fails. Name the stage, "
        + "or define an alias stage with FROM ${ARG}.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var copy in stage.OfType<CopyInstruction>())
            {
                if (copy.Syntax.Flag("from") is { Value: { } value } flag
                    && value.Contains('$', StringComparison.Ordinal))
                {
                    yield return context.Report(Descriptor,
                        "variable expansion is not supported for --from, define a new stage "
                        + "with FROM using ARG from global scope as a workaround", flag.Span);
                }
            }
        }
    }
}

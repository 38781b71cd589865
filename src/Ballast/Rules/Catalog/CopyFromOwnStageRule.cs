using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL454: <c>COPY --from</c> names the stage it is in, which BuildKit refuses as a
/// cycle.</summary>
public sealed class CopyFromOwnStageRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL454",
        "COPY --from names its own stage",
        Category.Correctness,
        Severity.Error,
        "A stage cannot copy from itself; the build fails with a dependency cycle.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var copy in stage.OfType<CopyInstruction>())
            {
                if (copy.From is not { } from || !NamesStage(copy.Expand(from), stage))
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"COPY --from={from} names the stage it is in.",
                    copy.Syntax.Flag("from")!.Span);
            }
        }
    }

    private static bool NamesStage(string reference, Stage stage) =>
        reference.Equals(stage.Name, StringComparison.OrdinalIgnoreCase)
        || reference == stage.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

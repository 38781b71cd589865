using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL460: COPY or ADD with several sources to a destination without a trailing
/// slash, which BuildKit refuses.</summary>
public sealed class MultipleSourcesDestinationRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL460",
        "Several sources to a destination that is not a folder",
        Category.Correctness,
        Severity.Error,
        "When COPY or ADD has more than one source, the destination must be a folder "
        + "written with a trailing slash; otherwise the build fails.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var copy in stage.OfType<CopyInstruction>())
            {
                if (copy.Sources.Count < 2 || copy.Destination is not { } destination
                    || destination.Text.EndsWith('/') || copy.Syntax.Heredocs.Count > 0)
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"{copy.Name} has {copy.Sources.Count} sources; end the destination with "
                    + $"a slash: {destination.Text}/",
                    destination.Span,
                    new Rewrite.Fix("Add a trailing slash to the destination.",
                        [new Rewrite.Edit(new Text.TextSpan(destination.Span.End, 0), "/")]));
            }
        }
    }
}

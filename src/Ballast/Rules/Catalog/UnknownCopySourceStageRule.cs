using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL453: <c>COPY --from</c> names neither an earlier stage nor an image reference,
/// usually a typo in a stage name or a stage declared later in the file.</summary>
public sealed class UnknownCopySourceStageRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL453",
        "COPY --from names no earlier stage",
        Category.Correctness,
        Severity.Warning,
        "COPY --from names no stage defined before it; BuildKit then pulls an image of that "
        + "name, which fails or, worse, copies from an unrelated image.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var names = context.Model.Stages.Where(stage => stage.Name is not null)
            .Select(stage => stage.Name!).ToHashSet(StringComparer.Ordinal);
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var copy in stage.OfType<CopyInstruction>())
            {
                if (copy.From is not { } from || copy.FromStage is not null
                    || LooksLikeImage(copy.Expand(from)) || from.Contains('$'))
                {
                    continue;
                }

                var known = names.Contains(from.ToLowerInvariant())
                    ? $" (stage {from} is defined later in the file)" : "";
                yield return context.Report(Descriptor,
                    $"COPY --from={from} names no earlier stage{known}.",
                    copy.Syntax.Flag("from")!.Span);
            }
        }
    }

    // BuildKit treats any name that is not a stage as an image; names with a tag, digest,
    // registry or path are clearly meant as images, so only bare words are suspicious.
    private static bool LooksLikeImage(string reference) =>
        reference.IndexOfAny([':', '/', '@']) >= 0;
}

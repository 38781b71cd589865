using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL131: <c>COPY --from=stage / /</c> copies a stage's whole file system, base
/// image and build tools included, which undoes the point of a multi-stage build.</summary>
public sealed class WholeStageCopyRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL131",
        "COPY --from of a whole stage",
        Category.Size,
        Severity.Warning,
        "Copying / from another stage brings its whole file system, compilers and caches "
        + "included; copy only the build output.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            foreach (var copy in stage.OfType<CopyInstruction>())
            {
                if (copy.From is null || !copy.Sources.Any(source => source.Text is "/" or "/."))
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"COPY --from={copy.From} copies the whole file system of the stage; copy "
                    + "only what the image runs.",
                    copy.Sources[0].Span);
            }
        }
    }
}

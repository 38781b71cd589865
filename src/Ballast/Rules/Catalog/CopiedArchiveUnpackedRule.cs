using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL132: an archive is COPYed into the image and then unpacked by a later RUN:
/// the archive stays in the COPY layer even when the RUN deletes it.</summary>
public sealed class CopiedArchiveUnpackedRule : Rule
{
    private static readonly string[] Suffixes =
        [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".zip"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL132",
        "Archive copied, then unpacked",
        Category.Size,
        Severity.Info,
        "The copied archive stays in its layer after a RUN unpacks it; ADD unpacks local "
        + "tar archives in one step, or a bind mount keeps the archive out of the image.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            var archives = stage.OfType<CopyInstruction>()
                .Where(copy => !copy.IsAdd)
                .SelectMany(copy => copy.Sources)
                .Where(source => Suffixes.Any(suffix => source.Text.EndsWith(suffix,
                    StringComparison.OrdinalIgnoreCase)))
                .ToList();
            foreach (var archive in archives)
            {
                var name = archive.Text.Split('/')[^1];
                var unpacked = stage.ShellCommands().Any(pair =>
                    pair.Command.ProgramName is "tar" or "unzip"
                    && pair.Command.Arguments.Any(word => word.Raw.EndsWith(name,
                        StringComparison.Ordinal)));
                if (!unpacked)
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"{name} is copied and then unpacked; the archive stays in the image. Use "
                    + "RUN --mount=type=bind or ADD.",
                    archive.Span);
            }
        }
    }
}

using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL317: ADD fetches a URL with no <c>--checksum</c>: whatever the server returns
/// goes into the image unverified, and the download is a layer of its own that stays even
/// when a later RUN unpacks and deletes it.</summary>
public sealed class RemoteAddRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL317",
        "ADD of a URL without a checksum",
        Category.Security,
        Severity.Warning,
        "ADD of a URL trusts the server and the network; add --checksum=sha256:..., or "
        + "download, verify, unpack and clean up in one RUN.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var add in stage.OfType<CopyInstruction>().Where(copy => copy.IsAdd))
            {
                if (add.Syntax.Flag("checksum") is not null)
                {
                    continue;
                }

                foreach (var source in add.Sources.Where(source => IsUrl(source.Text)))
                {
                    yield return context.Report(Descriptor,
                        $"{source.Text} is downloaded without a checksum; add "
                        + "--checksum=sha256:<digest>.",
                        source.Span);
                }
            }
        }
    }

    private static bool IsUrl(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}

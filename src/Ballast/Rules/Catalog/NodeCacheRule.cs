using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL111: npm, Yarn and pnpm keep downloaded tarballs in a cache that stays in the
/// layer unless the same RUN cleans it.</summary>
public sealed class NodeCacheRule : LeftCacheRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL111",
        "npm, Yarn or pnpm cache left in the layer",
        Category.Size,
        Severity.Warning,
        "npm, Yarn and pnpm keep every downloaded tarball in a cache in the layer; "
        + "cleaning it in the same RUN keeps it out of the image.");

    /// <inheritdoc />
    protected override IReadOnlySet<PackageManager> Managers { get; } =
        new HashSet<PackageManager>
        {
            PackageManager.Npm, PackageManager.Yarn, PackageManager.Pnpm,
        };
}

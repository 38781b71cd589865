using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL110: zypper keeps metadata and packages under /var/cache/zypp unless the same
/// RUN runs <c>zypper clean -a</c>.</summary>
public sealed class ZypperCacheRule : LeftCacheRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL110",
        "zypper cache left in the layer",
        Category.Size,
        Severity.Warning,
        "zypper keeps repository metadata and packages under /var/cache/zypp; "
        + "zypper clean -a in the same RUN keeps them out of the image.");

    /// <inheritdoc />
    protected override IReadOnlySet<PackageManager> Managers { get; } =
        new HashSet<PackageManager> { PackageManager.Zypper };
}

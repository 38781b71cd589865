using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL109: dnf, yum and microdnf keep metadata and packages under /var/cache/dnf or
/// /var/cache/yum unless the same RUN runs <c>dnf clean all</c>.</summary>
public sealed class RpmCacheRule : LeftCacheRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL109",
        "dnf/yum cache left in the layer",
        Category.Size,
        Severity.Warning,
        "dnf, yum and microdnf keep repository metadata and downloaded packages under /var/cache; "
        + "dnf clean all in the same RUN keeps them out of the image.");

    /// <inheritdoc />
    protected override IReadOnlySet<PackageManager> Managers { get; } =
        new HashSet<PackageManager>
        {
            PackageManager.Dnf, PackageManager.Yum, PackageManager.Microdnf,
        };
}

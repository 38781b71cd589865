using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL114: the Go build cache and module cache stay in the layer unless the same
/// RUN runs <c>go clean -cache</c> or <c>go clean -modcache</c>.</summary>
public sealed class GoCacheRule : LeftCacheRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL114",
        "Go build or module cache left in the layer",
        Category.Size,
        Severity.Warning,
        "go build and go install keep the build cache and the module downloads in the "
        + "layer; go clean -cache -modcache in the same RUN keeps them out of the image.");

    /// <inheritdoc />
    protected override IReadOnlySet<PackageManager> Managers { get; } =
        new HashSet<PackageManager> { PackageManager.Go };
}

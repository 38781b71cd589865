using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL112: gem and bundle keep the downloaded .gem files under
/// <c>GEM_HOME/cache</c> unless the same RUN removes them.</summary>
public sealed class GemCacheRule : LeftCacheRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL112",
        "downloaded gems left in the layer",
        Category.Size,
        Severity.Warning,
        "gem install and bundle install keep every downloaded .gem under GEM_HOME/cache; "
        + "removing it in the same RUN keeps it out of the image.");

    /// <inheritdoc />
    protected override IReadOnlySet<PackageManager> Managers { get; } =
        new HashSet<PackageManager> { PackageManager.Gem, PackageManager.Bundler };
}

using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL113: Composer keeps downloaded archives in its cache unless the same RUN
/// clears it or passes <c>--no-cache</c>.</summary>
public sealed class ComposerCacheRule : LeftCacheRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL113",
        "Composer cache left in the layer",
        Category.Size,
        Severity.Warning,
        "composer install keeps downloaded archives in its cache in the layer; "
        + "composer clear-cache in the same RUN, or --no-cache, keeps them out.");

    /// <inheritdoc />
    protected override IReadOnlySet<PackageManager> Managers { get; } =
        new HashSet<PackageManager> { PackageManager.Composer };
}

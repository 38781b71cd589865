using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL434: pip, npm, Yarn, pnpm and gem packages installed by name without an exact
/// version; their ecosystems pin by habit, and a new release changes the image silently.
/// </summary>
public sealed class UnpinnedLanguagePackagesRule : UnpinnedPackagesRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL434",
        "language package without a pinned version",
        Category.Correctness,
        Severity.Warning,
        "pip, npm and gem packages named without an exact version install whatever is "
        + "newest on the day of the build, so two builds of one file differ.");

    /// <inheritdoc />
    protected override IReadOnlySet<PackageManager> Managers { get; } =
        new HashSet<PackageManager>
        {
            PackageManager.Pip, PackageManager.Npm, PackageManager.Yarn, PackageManager.Pnpm,
            PackageManager.Gem,
        };
}

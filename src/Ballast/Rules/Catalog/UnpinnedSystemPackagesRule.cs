using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL435: distribution packages installed without a version. Off by default in
/// spirit: its severity is Info, because distributions replace old versions in their
/// archives and a pin then breaks the build; teams that snapshot their mirrors turn it up.
/// </summary>
public sealed class UnpinnedSystemPackagesRule : UnpinnedPackagesRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL435",
        "distribution package without a pinned version",
        Category.Correctness,
        Severity.Info,
        "apt, apk, dnf and zypper packages named without a version install the archive's "
        + "current one; pinning is a policy choice (Info by default).");

    /// <inheritdoc />
    protected override IReadOnlySet<PackageManager> Managers => ShellCommands.System;
}

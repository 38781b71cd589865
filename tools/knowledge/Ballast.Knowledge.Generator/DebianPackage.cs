namespace Ballast.Knowledge.Generator;

/// <summary>The fields of one stanza of a Debian <c>Packages</c> index that the digest
/// reads.</summary>
/// <param name="Name">The binary package name.</param>
/// <param name="Source">The source package name (the binary name when the index omits
/// it).</param>
/// <param name="Architecture">The architecture, <c>all</c> for arch-independent
/// packages.</param>
/// <param name="MultiArch">The Multi-Arch field, empty when absent.</param>
/// <param name="InstalledKibibytes">The Installed-Size field in KiB.</param>
/// <param name="Essential">True for packages every Debian system has.</param>
/// <param name="Priority">The Priority field, empty when absent.</param>
/// <param name="Depends">Depends and Pre-Depends as groups of alternatives.</param>
/// <param name="Provides">The virtual names this package provides.</param>
public sealed record DebianPackage(
    string Name,
    string Source,
    string Architecture,
    string MultiArch,
    long InstalledKibibytes,
    bool Essential,
    string Priority,
    IReadOnlyList<IReadOnlyList<string>> Depends,
    IReadOnlyList<string> Provides);

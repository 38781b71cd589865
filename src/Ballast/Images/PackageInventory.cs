namespace Ballast.Images;

/// <summary>The packages found installed in the final filesystem.</summary>
/// <param name="Packages">Every package found, operating-system and language packages alike.
/// </param>
/// <param name="UnreadDatabases">Package databases present in the image that Ballast cannot
/// read (such as rpm's); their package count is unknown.</param>
public sealed record PackageInventory(
    IReadOnlyList<InstalledPackage> Packages,
    IReadOnlyList<string> UnreadDatabases);

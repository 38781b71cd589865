namespace Ballast.Images;

/// <summary>
/// One package found installed in an image. <see cref="SourceName"/> and
/// <see cref="SourceVersion"/> are the distribution's source package, which Debian and Ubuntu
/// advisories are keyed by; for other ecosystems they equal the binary name and version.
/// </summary>
/// <param name="Ecosystem">OSV ecosystem name: <c>Debian</c>, <c>Ubuntu</c>, <c>Alpine</c>,
/// <c>PyPI</c>, <c>npm</c>, ...</param>
/// <param name="Name">The installed (binary) package name.</param>
/// <param name="Version">The installed version, as the package database spells it.</param>
/// <param name="SourceName">The source package name.</param>
/// <param name="SourceVersion">The source package version.</param>
/// <param name="InstalledSize">Installed size in bytes where the database records it.</param>
public sealed record InstalledPackage(
    string Ecosystem,
    string Name,
    string Version,
    string SourceName,
    string SourceVersion,
    long? InstalledSize = null);

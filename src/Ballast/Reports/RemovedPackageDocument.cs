namespace Ballast.Reports;

/// <summary>A removed package and the vulnerability ids it took with it.</summary>
/// <param name="Name">The binary package name.</param>
/// <param name="Vulnerabilities">The advisory ids.</param>
public sealed record RemovedPackageDocument(string Name, IReadOnlyList<string> Vulnerabilities);

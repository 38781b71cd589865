namespace Ballast.Vulnerabilities;

/// <summary>A package the original image has and the rewritten one does not.</summary>
/// <param name="Name">The (binary) package name.</param>
/// <param name="Vulnerabilities">The distinct vulnerabilities it carried, and so took with
/// it.</param>
public sealed record RemovedPackage(string Name, IReadOnlyList<VulnerabilityMatch> Vulnerabilities);

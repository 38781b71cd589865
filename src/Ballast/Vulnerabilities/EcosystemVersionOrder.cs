namespace Ballast.Vulnerabilities;

/// <summary>Chooses the version ordering an OSV ecosystem's <c>ECOSYSTEM</c> ranges use.</summary>
public static class EcosystemVersionOrder
{
    /// <summary>
    /// The comparer for an ecosystem name such as <c>Debian:12</c>, <c>Alpine:v3.20</c>,
    /// <c>PyPI</c> or <c>npm</c>; null when Ballast does not know the ecosystem's ordering.
    /// </summary>
    public static IComparer<string>? For(string ecosystem)
    {
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        var family = colon < 0 ? ecosystem : ecosystem[..colon];
        return family switch
        {
            "Debian" or "Ubuntu" => DpkgVersionComparer.Instance,
            "Alpine" or "Wolfi" or "Chainguard" => ApkVersionComparer.Instance,
            "PyPI" => Pep440VersionComparer.Instance,
            "npm" => SemanticVersionComparer.Instance,
            _ => null,
        };
    }
}

using System.Text.RegularExpressions;
using Ballast.Images;

namespace Ballast.Vulnerabilities;

/// <summary>
/// The (ecosystem, name) pair an installed package and an OSV <c>affected</c> entry are
/// joined on, spelled the same way on both sides.
/// </summary>
internal static partial class OsvPackageKey
{
    private static readonly string[] Distributions = ["Debian", "Ubuntu", "Alpine"];

    /// <summary>
    /// The key of an installed package, by its source name since distributions key their
    /// advisories by source package; null when a distribution package comes without the
    /// release it belongs to, because records are per release.
    /// </summary>
    public static (string Ecosystem, string Name)? ForPackage(
        InstalledPackage package,
        DistributionRelease? release)
    {
        var name = package.SourceName.Length > 0 ? package.SourceName : package.Name;
        var ecosystem = package.Ecosystem;
        if (!ecosystem.Contains(':', StringComparison.Ordinal))
        {
            if (release is not null && release.Name == ecosystem)
            {
                ecosystem = release.OsvEcosystem;
            }
            else if (Distributions.Contains(ecosystem))
            {
                return null;
            }
        }

        return (ecosystem, NormalizeName(ecosystem, name));
    }

    /// <summary>
    /// The key of an OSV affected package; null for ecosystems never matched (Ubuntu Pro).
    /// </summary>
    public static (string Ecosystem, string Name)? ForRecord(OsvPackage package)
    {
        if (package.Ecosystem is not { } ecosystem || package.Name is not { } name
            || ecosystem.StartsWith("Ubuntu:Pro:", StringComparison.Ordinal))
        {
            return null;
        }

        if (ecosystem.EndsWith(":LTS", StringComparison.Ordinal))
        {
            ecosystem = ecosystem[..^4];
        }

        return (ecosystem, NormalizeName(ecosystem, name));
    }

    /// <summary>The ecosystem without its release: <c>Debian</c> for <c>Debian:12</c>.</summary>
    public static string Family(string ecosystem)
    {
        var colon = ecosystem.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ecosystem : ecosystem[..colon];
    }

    // PyPI treats case and runs of '-', '_' and '.' as the same name (PEP 503).
    private static string NormalizeName(string ecosystem, string name) =>
        ecosystem == "PyPI" ? PythonSeparators().Replace(name.ToLowerInvariant(), "-") : name;

    [GeneratedRegex("[-_.]+", RegexOptions.CultureInvariant)]
    private static partial Regex PythonSeparators();
}

namespace Ballast.Vulnerabilities;

/// <summary>
/// Orders versions by SemVer 2.0 precedence, as npm and OSV <c>SEMVER</c> ranges need:
/// major, minor, patch numerically; a pre-release below its release; pre-release identifiers
/// compared numerically when numeric, numbers below words; build metadata ignored. A leading
/// <c>v</c> or <c>=</c> is tolerated and missing minor or patch numbers count as zero.
/// </summary>
public sealed class SemanticVersionComparer : IComparer<string>
{
    /// <summary>The single stateless instance.</summary>
    public static SemanticVersionComparer Instance { get; } = new();

    private SemanticVersionComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var (coreA, preA) = Split(x ?? "");
        var (coreB, preB) = Split(y ?? "");

        for (var i = 0; i < 3; i++)
        {
            var result = NumericText.Compare(Part(coreA, i), Part(coreB, i));
            if (result != 0)
            {
                return result;
            }
        }

        if (preA.Length == 0 || preB.Length == 0)
        {
            return preA.Length == preB.Length ? 0 : preA.Length == 0 ? 1 : -1;
        }

        return ComparePrerelease(preA, preB);
    }

    private static (string[] Core, string[] Prerelease) Split(string version)
    {
        version = version.Trim().TrimStart('v', 'V', '=');
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        var hyphen = version.IndexOf('-', StringComparison.Ordinal);
        var core = hyphen < 0 ? version : version[..hyphen];
        var prerelease = hyphen < 0 ? [] : version[(hyphen + 1)..].Split('.');
        return (core.Split('.'), prerelease);
    }

    private static string Part(string[] core, int index) =>
        index < core.Length && core[index].All(char.IsAsciiDigit) ? core[index] : "0";

    private static int ComparePrerelease(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var aIsNumber = a[i].Length > 0 && a[i].All(char.IsAsciiDigit);
            var bIsNumber = b[i].Length > 0 && b[i].All(char.IsAsciiDigit);
            var result = aIsNumber && bIsNumber
                ? NumericText.Compare(a[i], b[i])
                : aIsNumber != bIsNumber
                    ? (aIsNumber ? -1 : 1)
                    : Math.Sign(string.CompareOrdinal(a[i], b[i]));
            if (result != 0)
            {
                return result;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}

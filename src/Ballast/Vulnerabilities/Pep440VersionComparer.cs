using System.Text.RegularExpressions;

namespace Ballast.Vulnerabilities;

/// <summary>
/// Orders Python package versions by PEP 440: epoch, release numbers (missing ones are zero),
/// then dev releases before pre-releases (a, b, rc) before the release before post-releases,
/// then the local label. Versions that are not PEP 440 fall back to ordinal order after all
/// valid ones, so a stray string never matches a range by accident.
/// </summary>
public sealed partial class Pep440VersionComparer : IComparer<string>
{
    /// <summary>The single stateless instance.</summary>
    public static Pep440VersionComparer Instance { get; } = new();

    private Pep440VersionComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var left = Parse(x ?? "");
        var right = Parse(y ?? "");
        if (left is null || right is null)
        {
            if (left is null && right is null)
            {
                return Math.Sign(string.CompareOrdinal(x, y));
            }

            return left is null ? 1 : -1;
        }

        return left.CompareTo(right);
    }

    private static Pep440Version? Parse(string text)
    {
        var match = VersionPattern().Match(text.Trim().ToLowerInvariant());
        if (!match.Success)
        {
            return null;
        }

        var release = match.Groups["release"].Value.Split('.');
        var pre = match.Groups["pre"].Success
            ? (PreRank(match.Groups["prekind"].Value), match.Groups["prenum"].Value)
            : ((int Rank, string Number)?)null;
        var post = match.Groups["post"].Success
            ? match.Groups["postnum"].Value + match.Groups["implicitpost"].Value
            : null;
        var dev = match.Groups["dev"].Success ? match.Groups["devnum"].Value : null;
        return new Pep440Version(
            match.Groups["epoch"].Value,
            release,
            pre,
            post,
            dev,
            match.Groups["local"].Value);
    }

    private static int PreRank(string kind) => kind switch
    {
        "a" or "alpha" => 0,
        "b" or "beta" => 1,
        _ => 2,
    };

    [GeneratedRegex(
        @"^v?(?:(?<epoch>\d+)!)?(?<release>\d+(?:\.\d+)*)"
        + @"(?<pre>[-_.]?(?<prekind>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<prenum>\d*))?"
        + @"(?<post>-(?<implicitpost>\d+)|[-_.]?(?:post|rev|r)[-_.]?(?<postnum>\d*))?"
        + @"(?<dev>[-_.]?dev[-_.]?(?<devnum>\d*))?"
        + @"(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}

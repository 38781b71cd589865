namespace Ballast.Vulnerabilities;

/// <summary>
/// Orders Alpine (apk) package versions: dot-separated numbers, an optional letter, suffixes
/// (<c>_alpha</c> &lt; <c>_beta</c> &lt; <c>_pre</c> &lt; <c>_rc</c> &lt; none &lt;
/// <c>_cvs</c> &lt; <c>_svn</c> &lt; <c>_git</c> &lt; <c>_hg</c> &lt; <c>_p</c>), each with an
/// optional number, an ignored <c>~hash</c>, and the <c>-rN</c> package release last.
/// </summary>
public sealed class ApkVersionComparer : IComparer<string>
{
    /// <summary>The single stateless instance.</summary>
    public static ApkVersionComparer Instance { get; } = new();

    private ApkVersionComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var left = ApkVersion.Parse(x ?? "");
        var right = ApkVersion.Parse(y ?? "");

        var byNumbers = CompareNumbers(left.Numbers, right.Numbers);
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        var byLetter = left.Letter.CompareTo(right.Letter);
        if (byLetter != 0)
        {
            return Math.Sign(byLetter);
        }

        var bySuffixes = CompareSuffixes(left.Suffixes, right.Suffixes);
        if (bySuffixes != 0)
        {
            return bySuffixes;
        }

        var byRelease = NumericText.Compare(left.Release, right.Release);
        return byRelease != 0 ? byRelease : Math.Sign(string.CompareOrdinal(left.Rest, right.Rest));
    }

    private static int CompareNumbers(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var result = i > 0 && (a[i].StartsWith('0') || b[i].StartsWith('0'))
                ? CompareAsFraction(a[i], b[i])
                : NumericText.Compare(a[i], b[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    // Like Gentoo, apk reads a later component with a leading zero as a decimal fraction:
    // 1.01 sorts below 1.1, and trailing zeros do not count.
    private static int CompareAsFraction(string a, string b)
    {
        return Math.Sign(string.CompareOrdinal(a.TrimEnd('0'), b.TrimEnd('0')));
    }

    private static int CompareSuffixes(
        IReadOnlyList<ApkVersion.Suffix> a,
        IReadOnlyList<ApkVersion.Suffix> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            // A missing suffix ranks between the pre-release kinds and the patch kinds.
            var rankA = i < a.Count ? a[i].Rank : 0;
            var rankB = i < b.Count ? b[i].Rank : 0;
            if (rankA != rankB)
            {
                return rankA < rankB ? -1 : 1;
            }

            var number = NumericText.Compare(
                i < a.Count ? a[i].Number : "",
                i < b.Count ? b[i].Number : "");
            if (number != 0)
            {
                return number;
            }
        }

        return 0;
    }
}

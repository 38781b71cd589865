namespace Ballast.Vulnerabilities;

/// <summary>
/// Orders Debian and Ubuntu package versions the way <c>dpkg --compare-versions</c> does:
/// epoch as an integer, then the upstream part, then the revision, each compared by
/// alternating runs of non-digits (with <c>~</c> lowest and letters before other signs) and
/// runs of digits compared as numbers.
/// </summary>
public sealed class DpkgVersionComparer : IComparer<string>
{
    /// <summary>The single stateless instance.</summary>
    public static DpkgVersionComparer Instance { get; } = new();

    private DpkgVersionComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var left = Split(x ?? "");
        var right = Split(y ?? "");

        var byEpoch = NumericText.Compare(left.Epoch, right.Epoch);
        if (byEpoch != 0)
        {
            return byEpoch;
        }

        var byUpstream = CompareParts(left.Upstream, right.Upstream);
        return byUpstream != 0 ? byUpstream : CompareParts(left.Revision, right.Revision);
    }

    private static (string Epoch, string Upstream, string Revision) Split(string version)
    {
        version = version.Trim();

        // dpkg takes the epoch up to the first colon and the revision after the last hyphen.
        var colon = version.IndexOf(':', StringComparison.Ordinal);
        var epoch = "0";
        if (colon > 0 && version[..colon].All(char.IsAsciiDigit))
        {
            epoch = version[..colon];
            version = version[(colon + 1)..];
        }

        var hyphen = version.LastIndexOf('-');
        return hyphen < 0
            ? (epoch, version, "")
            : (epoch, version[..hyphen], version[(hyphen + 1)..]);
    }

    private static int CompareParts(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length || j < b.Length)
        {
            while ((i < a.Length && !char.IsAsciiDigit(a[i]))
                || (j < b.Length && !char.IsAsciiDigit(b[j])))
            {
                var weightA = Weight(a, i);
                var weightB = Weight(b, j);
                if (weightA != weightB)
                {
                    return weightA < weightB ? -1 : 1;
                }

                i++;
                j++;
            }

            var digitsA = TakeDigits(a, ref i);
            var digitsB = TakeDigits(b, ref j);
            var byNumber = NumericText.Compare(digitsA, digitsB);
            if (byNumber != 0)
            {
                return byNumber;
            }
        }

        return 0;
    }

    // The end of a run and a digit weigh 0, '~' weighs less, letters more, other signs most.
    private static int Weight(string text, int index)
    {
        if (index >= text.Length || char.IsAsciiDigit(text[index]))
        {
            return 0;
        }

        var c = text[index];
        if (c == '~')
        {
            return -1;
        }

        return char.IsAsciiLetter(c) ? c : c + 256;
    }

    private static string TakeDigits(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        return text[start..index];
    }
}

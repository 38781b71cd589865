namespace Ballast.Vulnerabilities;

/// <summary>A parsed PEP 440 version with its ordering.</summary>
internal sealed record Pep440Version(
    string Epoch,
    IReadOnlyList<string> Release,
    (int Rank, string Number)? Pre,
    string? Post,
    string? Dev,
    string Local) : IComparable<Pep440Version>
{
    private static readonly char[] LocalSeparators = ['.', '-', '_'];

    public int CompareTo(Pep440Version? other)
    {
        if (other is null)
        {
            return 1;
        }

        var result = NumericText.Compare(Epoch, other.Epoch);
        result = result != 0 ? result : CompareRelease(Release, other.Release);
        result = result != 0 ? result : PreKey().CompareTo(other.PreKey());
        result = result != 0 ? result : CompareOptional(Post, other.Post, missingIsLow: true);
        result = result != 0 ? result : CompareOptional(Dev, other.Dev, missingIsLow: false);
        return result != 0 ? result : CompareLocal(Local, other.Local);
    }

    // A dev release with no pre or post part sorts before every pre-release of that release.
    private (int Rank, long Number) PreKey()
    {
        if (Pre is { } pre)
        {
            return (pre.Rank, ParseNumber(pre.Number));
        }

        return Dev is not null && Post is null ? (-1, 0) : (3, 0);
    }

    private static int CompareRelease(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var result = NumericText.Compare(i < a.Count ? a[i] : "0", i < b.Count ? b[i] : "0");
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static int CompareOptional(string? a, string? b, bool missingIsLow)
    {
        if (a is null || b is null)
        {
            if (a is null && b is null)
            {
                return 0;
            }

            return (a is null) == missingIsLow ? -1 : 1;
        }

        return NumericText.Compare(a, b);
    }

    // Local labels compare segment by segment: numbers above words, longer above shorter.
    private static int CompareLocal(string a, string b)
    {
        var left = a.Split(LocalSeparators, StringSplitOptions.RemoveEmptyEntries);
        var right = b.Split(LocalSeparators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftIsNumber = left[i].All(char.IsAsciiDigit);
            var rightIsNumber = right[i].All(char.IsAsciiDigit);
            var result = leftIsNumber && rightIsNumber
                ? NumericText.Compare(left[i], right[i])
                : leftIsNumber != rightIsNumber
                    ? (leftIsNumber ? 1 : -1)
                    : Math.Sign(string.CompareOrdinal(left[i], right[i]));
            if (result != 0)
            {
                return result;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static long ParseNumber(string digits) =>
        long.TryParse(digits, out var value) ? value : 0;
}

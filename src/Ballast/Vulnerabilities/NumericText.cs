namespace Ballast.Vulnerabilities;

/// <summary>
/// Compares runs of ASCII digits as unbounded integers, so version components longer than
/// a <see cref="long"/> (dates with times, long build numbers) still order correctly.
/// </summary>
internal static class NumericText
{
    public static int Compare(string a, string b)
    {
        a = a.TrimStart('0');
        b = b.TrimStart('0');
        if (a.Length != b.Length)
        {
            return a.Length < b.Length ? -1 : 1;
        }

        return Math.Sign(string.CompareOrdinal(a, b));
    }
}

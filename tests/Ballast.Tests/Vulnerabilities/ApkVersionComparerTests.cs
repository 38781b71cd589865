using Ballast.Vulnerabilities;
using Xunit;

namespace Ballast.Tests.Vulnerabilities;

public sealed class ApkVersionComparerTests
{
    public static TheoryData<string, string, int> Pairs() =>
        VersionPairs.Load("apk-version-pairs.tsv");

    [Fact]
    public void The_table_holds_at_least_thirty_pairs()
    {
        var pairs = Pairs();

        Assert.True(pairs.Count >= 30, $"only {pairs.Count} pairs");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Versions_order_by_apk_rules(string left, string right, int expected)
    {
        var forward = ApkVersionComparer.Instance.Compare(left, right);
        var backward = ApkVersionComparer.Instance.Compare(right, left);

        Assert.Equal(expected, Math.Sign(forward));
        Assert.Equal(-expected, Math.Sign(backward));
    }

    [Fact]
    public void The_dpkg_comparer_would_order_an_apk_release_differently()
    {
        // 1.0_rc1 is a pre-release for apk, but dpkg ranks '_' above the end of the string.
        var apk = ApkVersionComparer.Instance.Compare("1.0_rc1", "1.0");
        var dpkg = DpkgVersionComparer.Instance.Compare("1.0_rc1", "1.0");

        Assert.True(apk < 0);
        Assert.True(dpkg > 0);
    }
}

using Ballast.Vulnerabilities;
using Xunit;

namespace Ballast.Tests.Vulnerabilities;

public sealed class DpkgVersionComparerTests
{
    public static TheoryData<string, string, int> Pairs() =>
        VersionPairs.Load("dpkg-version-pairs.tsv");

    [Fact]
    public void The_table_holds_at_least_sixty_pairs_confirmed_by_dpkg()
    {
        var pairs = Pairs();

        Assert.True(pairs.Count >= 60, $"only {pairs.Count} pairs");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Versions_order_as_dpkg_orders_them(string left, string right, int expected)
    {
        var forward = DpkgVersionComparer.Instance.Compare(left, right);
        var backward = DpkgVersionComparer.Instance.Compare(right, left);

        Assert.Equal(expected, Math.Sign(forward));
        Assert.Equal(-expected, Math.Sign(backward));
    }

    [Fact]
    public void Sorting_a_shuffled_list_gives_the_documented_chain()
    {
        string[] expected = ["1.0~rc1", "1.0", "1.0a", "1.0+b1", "1.0.1", "1:0.1"];
        var shuffled = new[] { "1.0.1", "1:0.1", "1.0", "1.0+b1", "1.0~rc1", "1.0a" };

        var sorted = shuffled.Order(DpkgVersionComparer.Instance).ToArray();

        Assert.Equal(expected, sorted);
    }
}

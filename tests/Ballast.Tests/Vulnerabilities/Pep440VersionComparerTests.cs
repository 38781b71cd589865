using Ballast.Vulnerabilities;
using Xunit;

namespace Ballast.Tests.Vulnerabilities;

public sealed class Pep440VersionComparerTests
{
    [Theory]
    [InlineData("1.0", "1.0.0", 0)]
    [InlineData("1.0", "v1.0", 0)]
    [InlineData("1.0.dev1", "1.0a1", -1)]
    [InlineData("1.0a1", "1.0a2", -1)]
    [InlineData("1.0a2", "1.0b1", -1)]
    [InlineData("1.0b1", "1.0rc1", -1)]
    [InlineData("1.0rc1", "1.0c1", 0)]
    [InlineData("1.0rc1", "1.0", -1)]
    [InlineData("1.0", "1.0.post1", -1)]
    [InlineData("1.0.post1", "1.0-1", 0)]
    [InlineData("1.0a1.dev1", "1.0a1", -1)]
    [InlineData("1.0.post1.dev1", "1.0.post1", -1)]
    [InlineData("1.0", "1.0+local.1", -1)]
    [InlineData("1.0+abc", "1.0+1", -1)]
    [InlineData("1!0.1", "2.0", 1)]
    [InlineData("2.31.0", "2.32.0", -1)]
    [InlineData("1.10", "1.9", 1)]
    [InlineData("1.0", "not a version", -1)]
    public void Versions_order_by_pep_440(string left, string right, int expected)
    {
        var forward = Pep440VersionComparer.Instance.Compare(left, right);
        var backward = Pep440VersionComparer.Instance.Compare(right, left);

        Assert.Equal(expected, Math.Sign(forward));
        Assert.Equal(-expected, Math.Sign(backward));
    }
}

using Ballast.Vulnerabilities;
using Xunit;

namespace Ballast.Tests.Vulnerabilities;

public sealed class SemanticVersionComparerTests
{
    [Theory]
    [InlineData("1.0.0", "1.0.0", 0)]
    [InlineData("v1.2.3", "1.2.3", 0)]
    [InlineData("1.2.3+build.5", "1.2.3", 0)]
    [InlineData("1.9.0", "1.10.0", -1)]
    [InlineData("1.0.0-alpha", "1.0.0", -1)]
    [InlineData("1.0.0-alpha", "1.0.0-alpha.1", -1)]
    [InlineData("1.0.0-alpha.1", "1.0.0-alpha.beta", -1)]
    [InlineData("1.0.0-beta.2", "1.0.0-beta.11", -1)]
    [InlineData("1.0.0-rc.1", "1.0.0", -1)]
    [InlineData("4.17.20", "4.17.21", -1)]
    [InlineData("2", "1.9.9", 1)]
    public void Versions_order_by_semver_precedence(string left, string right, int expected)
    {
        var forward = SemanticVersionComparer.Instance.Compare(left, right);
        var backward = SemanticVersionComparer.Instance.Compare(right, left);

        Assert.Equal(expected, Math.Sign(forward));
        Assert.Equal(-expected, Math.Sign(backward));
    }
}

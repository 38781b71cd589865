using Ballast.Vulnerabilities;
using Xunit;

namespace Ballast.Tests.Vulnerabilities;

public sealed class OsvAffectedVersionsTests
{
    private static OsvEvent Introduced(string v) => new(v, null, null, null);

    private static OsvEvent Fixed(string v) => new(null, v, null, null);

    private static OsvEvent LastAffected(string v) => new(null, null, v, null);

    private static OsvEvent Limit(string v) => new(null, null, null, v);

    private static OsvAffected Affected(string type, params OsvEvent[] events) =>
        new(null, null, [new OsvRange(type, events)], null, null, null);

    private static bool IsAffected(OsvAffected affected, string version, out string? fixedAt) =>
        OsvAffectedVersions.IsAffected(
            affected, version, DpkgVersionComparer.Instance, out fixedAt);

    [Theory]
    [InlineData("1.0-1", false)]
    [InlineData("1.5-1", true)]
    [InlineData("2.0-1", false)]
    [InlineData("2.4-1", false)]
    [InlineData("2.5", true)]
    [InlineData("3.0~rc1", true)]
    [InlineData("3.0", false)]
    public void Two_ranges_in_events_out_of_order_are_walked_in_version_order(
        string version,
        bool expected)
    {
        var affected = Affected(
            "ECOSYSTEM",
            Fixed("3.0"),
            Introduced("2.5"),
            Fixed("2.0-1"),
            Introduced("1.5-1"));

        var result = IsAffected(affected, version, out _);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void The_fixed_version_reported_is_the_first_fix_above_the_installed_version()
    {
        var affected = Affected(
            "ECOSYSTEM", Introduced("0"), Fixed("1.0-1"), Introduced("1.2-1"), Fixed("1.4-1"));

        IsAffected(affected, "1.3-1", out var fixedAt);

        Assert.Equal("1.4-1", fixedAt);
    }

    [Theory]
    [InlineData("1.4", true)]
    [InlineData("1.5", true)]
    [InlineData("1.5+deb12u1", false)]
    public void Last_affected_includes_that_version_and_nothing_after(string version, bool expected)
    {
        var affected = Affected("ECOSYSTEM", Introduced("0"), LastAffected("1.5"));

        var result = IsAffected(affected, version, out var fixedAt);

        Assert.Equal(expected, result);
        Assert.Null(fixedAt);
    }

    [Fact]
    public void A_limit_ends_the_range_even_without_a_fix()
    {
        var affected = Affected("ECOSYSTEM", Introduced("0"), Limit("2.0"));

        Assert.True(IsAffected(affected, "1.9", out _));
        Assert.False(IsAffected(affected, "2.0", out _));
    }

    [Fact]
    public void A_semver_range_uses_semver_precedence_whatever_the_ecosystem()
    {
        var affected = Affected("SEMVER", Introduced("1.0.0-alpha"), Fixed("1.0.0"));

        Assert.True(IsAffected(affected, "1.0.0-rc.1", out _));
        Assert.False(IsAffected(affected, "1.0.0", out _));
    }

    [Fact]
    public void A_git_range_never_matches_an_installed_version()
    {
        var affected = Affected("GIT", Introduced("0"), Fixed("a1b2c3d"));

        var result = IsAffected(affected, "1.0", out _);

        Assert.False(result);
    }

    [Fact]
    public void An_explicit_versions_list_matches_equal_versions_only()
    {
        var affected = new OsvAffected(null, null, null, ["1:2.0-1", "2.1-1"], null, null);

        Assert.True(IsAffected(affected, "1:2.0-1", out _));
        Assert.True(IsAffected(affected, "0:2.1-1", out _));
        Assert.False(IsAffected(affected, "2.0-1", out _));
    }
}

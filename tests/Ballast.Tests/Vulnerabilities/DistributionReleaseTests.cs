using Ballast.Vulnerabilities;
using Xunit;

namespace Ballast.Tests.Vulnerabilities;

public sealed class DistributionReleaseTests
{
    [Theory]
    [InlineData("Debian 12", "Debian:12")]
    [InlineData("debian:12.8", "Debian:12")]
    [InlineData("alpine 3.20.3", "Alpine:v3.20")]
    [InlineData("Alpine v3.19", "Alpine:v3.19")]
    [InlineData("ubuntu 24.04", "Ubuntu:24.04")]
    public void A_release_names_its_osv_ecosystem(string text, string expected)
    {
        var parsed = DistributionRelease.TryParse(text, out var release);

        Assert.True(parsed);
        Assert.Equal(expected, release!.OsvEcosystem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Debian")]
    [InlineData("Debian bookworm")]
    [InlineData("Debian v")]
    [InlineData(null)]
    public void Text_without_a_numeric_version_is_refused(string? text)
    {
        var parsed = DistributionRelease.TryParse(text, out var release);

        Assert.False(parsed);
        Assert.Null(release);
    }

    [Theory]
    [InlineData("Ubuntu:22.04:LTS", true)]
    [InlineData("Ubuntu:22.04", true)]
    [InlineData("Ubuntu:Pro:22.04:LTS", false)]
    [InlineData("Ubuntu:24.04:LTS", false)]
    public void Ubuntu_matches_lts_records_of_its_release_only(string ecosystem, bool expected)
    {
        var release = new DistributionRelease("Ubuntu", "22.04");

        var matches = release.Matches(ecosystem);

        Assert.Equal(expected, matches);
    }
}

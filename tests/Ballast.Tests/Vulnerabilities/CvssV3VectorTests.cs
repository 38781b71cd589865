using Ballast.Vulnerabilities;
using Xunit;

namespace Ballast.Tests.Vulnerabilities;

public sealed class CvssV3VectorTests
{
    // Scores as the FIRST CVSS 3.1 calculator gives them for these vectors.
    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N", 5.4)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)]
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8)]
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", 7.5)]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9)]
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O", 9.8)]
    public void The_base_score_follows_the_specification(string vector, double expected)
    {
        var parsed = CvssV3Vector.TryParse(vector, out var cvss);

        Assert.True(parsed);
        Assert.Equal(expected, cvss!.BaseScore, precision: 1);
    }

    [Theory]
    [InlineData("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H")]
    [InlineData("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    [InlineData("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    [InlineData("")]
    public void Vectors_that_are_not_complete_cvss_3_are_refused(string vector)
    {
        var parsed = CvssV3Vector.TryParse(vector, out var cvss);

        Assert.False(parsed);
        Assert.Null(cvss);
    }

    [Theory]
    [InlineData(0.0, VulnerabilitySeverity.Negligible)]
    [InlineData(0.1, VulnerabilitySeverity.Low)]
    [InlineData(3.9, VulnerabilitySeverity.Low)]
    [InlineData(4.0, VulnerabilitySeverity.Medium)]
    [InlineData(6.9, VulnerabilitySeverity.Medium)]
    [InlineData(7.0, VulnerabilitySeverity.High)]
    [InlineData(8.9, VulnerabilitySeverity.High)]
    [InlineData(9.0, VulnerabilitySeverity.Critical)]
    [InlineData(10.0, VulnerabilitySeverity.Critical)]
    public void Scores_map_to_the_qualitative_rating(double score, VulnerabilitySeverity expected)
    {
        var severity = SeverityRating.FromCvssScore(score);

        Assert.Equal(expected, severity);
    }

    [Theory]
    [InlineData("unimportant", VulnerabilitySeverity.Negligible)]
    [InlineData("low**", VulnerabilitySeverity.Low)]
    [InlineData("MODERATE", VulnerabilitySeverity.Medium)]
    [InlineData("Important", VulnerabilitySeverity.High)]
    [InlineData("CRITICAL", VulnerabilitySeverity.Critical)]
    [InlineData("not yet assigned", VulnerabilitySeverity.Unknown)]
    [InlineData("untriaged", VulnerabilitySeverity.Unknown)]
    [InlineData(null, VulnerabilitySeverity.Unknown)]
    public void Rating_words_map_to_severities(string? word, VulnerabilitySeverity expected)
    {
        var severity = SeverityRating.FromName(word);

        Assert.Equal(expected, severity);
    }
}

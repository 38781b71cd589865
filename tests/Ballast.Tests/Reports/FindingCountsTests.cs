using Ballast.Reports;
using Xunit;

namespace Ballast.Tests.Reports;

public sealed class FindingCountsTests
{
    [Fact]
    public void Counts_every_severity_across_files_with_diagnostics_included()
    {
        var counts = SampleReports.Check().Counts;

        Assert.Equal(new FindingCounts(3, 1, 1, 1, 3, 1), counts);
        Assert.Equal(6, counts.Total);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 2, 0, "No problems in 2 files")]
    [InlineData(1, 1, 1, 0, 1, 0, "1 error, 1 warning, 1 info in 1 file")]
    [InlineData(
        3, 5, 2, 0, 2, 4, "3 errors, 5 warnings, 2 infos in 2 files; 4 fixable with ballast fix")]
    [InlineData(0, 0, 0, 2, 1, 0, "0 errors, 0 warnings, 0 infos, 2 style findings in 1 file")]
    public void Sentence_names_counts_with_plurals_and_fixable_only_when_some_are(
        int errors, int warnings, int infos, int styles, int files, int fixable, string expected)
    {
        var counts = new FindingCounts(errors, warnings, infos, styles, files, fixable);

        var sentence = counts.ToSentence();

        Assert.Equal(expected, sentence);
    }
}

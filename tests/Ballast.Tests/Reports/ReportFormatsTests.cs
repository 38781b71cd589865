using Ballast.Reports;
using Xunit;

namespace Ballast.Tests.Reports;

public sealed class ReportFormatsTests
{
    [Fact]
    public void Every_listed_name_has_a_formatter_of_that_name()
    {
        var formatters = ReportFormats.All(new ReportOptions());

        Assert.Equal(ReportFormats.Names, formatters.Select(formatter => formatter.Name));
    }

    [Theory]
    [InlineData("SARIF", "sarif")]
    [InlineData("gitlab", "gitlab")]
    [InlineData("Markdown", "markdown")]
    public void Find_matches_names_regardless_of_case(string asked, string found)
    {
        var formatter = ReportFormats.Find(asked, new ReportOptions());

        Assert.Equal(found, formatter?.Name);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    [InlineData("sarif ")]
    public void Find_returns_null_for_a_name_no_format_has(string asked)
    {
        var formatter = ReportFormats.Find(asked, new ReportOptions());

        Assert.Null(formatter);
    }
}

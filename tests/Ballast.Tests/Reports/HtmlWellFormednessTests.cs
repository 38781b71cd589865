namespace Ballast.Tests.Reports;

public sealed class HtmlWellFormednessTests
{
    [Fact]
    public void Every_sample_page_parses_without_a_single_html_error()
    {
        string[] pages =
        [
            HtmlPages.Check(SampleReports.Check()),
            HtmlPages.Check(SampleReports.Empty()),
            HtmlPages.Measurement(SampleMeasurements.Measure()),
            HtmlPages.Measurement(SampleMeasurements.Compare()),
            HtmlPages.Measurement(SampleMeasurements.WithFailingRewrite()),
        ];

        var parsed = pages.Select(HtmlPages.ParseStrictly).ToList();

        Assert.All(parsed, page => Assert.Equal("en", page.DocumentElement.GetAttribute("lang")));
    }

    [Fact]
    public void A_page_with_a_parse_error_is_refused_by_the_strict_parse()
    {
        var broken = HtmlPages.Check(SampleReports.Empty()).Replace("</h1>", "</h2>",
            StringComparison.Ordinal);

        var parse = () => HtmlPages.ParseStrictly(broken);

        Assert.ThrowsAny<Exception>(parse);
    }
}

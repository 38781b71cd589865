using System.Security.Cryptography;
using System.Text;
using Ballast.Reports;
using Ballast.Rules;
using Ballast.Text;

namespace Ballast.Tests.Reports;

public sealed class HtmlFormatterTests
{
    [Fact]
    public void Each_finding_has_one_row_in_its_file_table()
    {
        var report = SampleReports.Check();

        var page = HtmlPages.Parse(HtmlPages.Check(report));

        var rows = page.QuerySelectorAll("table.findings tbody tr.finding");
        Assert.Equal(report.Counts.Total, rows.Length);
        Assert.Equal(2, page.QuerySelectorAll("section.file").Length);
        Assert.Equal(["Dockerfile", "services/api/Dockerfile"],
            page.QuerySelectorAll("section.file h2").Select(heading => heading.TextContent));
    }

    [Fact]
    public void Rows_follow_the_order_of_the_file_and_name_line_rule_and_severity()
    {
        var page = HtmlPages.Parse(HtmlPages.Check(SampleReports.Check()));

        var firstFile = page.QuerySelector("section.file")!.QuerySelectorAll("tr.finding")
            .Select(row => string.Join(" ", row.Children.Take(3).Select(cell => cell.TextContent)))
            .ToList();

        Assert.Equal(
            ["1:1 BL302 error", "2:42 BL103 warning", "3:1 BL201 info", "4:1 BL501 style"],
            firstFile);
    }

    [Fact]
    public void Rule_ids_link_to_the_rule_page_and_unknown_rules_are_plain_text()
    {
        var page = HtmlPages.Parse(HtmlPages.Check(SampleReports.Check()));

        var links = page.QuerySelectorAll("tr.finding a").Select(link => link.GetAttribute("href"));
        var diagnostic = page.QuerySelectorAll("tr.finding")
            .Single(row => row.Children[1].TextContent == "BL000");

        Assert.Contains("docs/rules/BL103.md", links);
        Assert.Empty(diagnostic.Children[1].QuerySelectorAll("a"));
    }

    [Fact]
    public void Summary_has_a_bar_per_severity_and_per_category_with_a_title_in_each_chart()
    {
        var page = HtmlPages.Parse(HtmlPages.Check(SampleReports.Check()));

        var charts = page.QuerySelectorAll("#summary svg");

        Assert.Equal(2, charts.Length);
        Assert.Equal(4, charts[0].QuerySelectorAll("rect").Length);
        Assert.Equal(5, charts[1].QuerySelectorAll("rect").Length);
        Assert.All(charts, chart => Assert.Equal("title", chart.FirstElementChild!.LocalName));
    }

    [Fact]
    public void Summary_tables_repeat_the_charted_numbers()
    {
        var page = HtmlPages.Parse(HtmlPages.Check(SampleReports.Check()));

        var severities = page.QuerySelectorAll("#summary table.counts")[0]
            .QuerySelectorAll("tbody tr")
            .Select(row => row.TextContent)
            .ToList();

        Assert.Equal(["error3", "warning1", "info1", "style1"], severities);
    }

    [Fact]
    public void The_page_has_no_script_and_loads_nothing_from_elsewhere()
    {
        var html = HtmlPages.Check(SampleReports.Check());

        var page = HtmlPages.Parse(html);

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("[src], link, [style]"));
        Assert.Single(page.QuerySelectorAll("style"));
    }

    [Fact]
    public void The_content_security_policy_allows_exactly_the_inline_style_sheet()
    {
        var page = HtmlPages.Parse(HtmlPages.Check(SampleReports.Check()));

        var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!
            .GetAttribute("content")!;
        var sheet = page.QuerySelector("style")!.TextContent;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(sheet)));

        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Contains($"'sha256-{hash}'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void Dark_colour_schemes_get_their_own_colours()
    {
        var page = HtmlPages.Parse(HtmlPages.Check(SampleReports.Check()));

        var sheet = page.QuerySelector("style")!.TextContent;

        Assert.Contains("@media (prefers-color-scheme: dark)", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_tags_and_ampersands_in_messages_paths_and_code_are_shown_as_text()
    {
        const string hostile = "<script>alert(1)</script> & <img src=x onerror=alert(2)>";
        var source = new SourceText("FROM a\nRUN echo '<script>' && x\n", "dir/<b>&.Dockerfile");
        var finding = new Finding("BL1", Severity.Warning, Category.Size, hostile,
            SampleReports.Locate(source, "'<script>'"));
        var report = new CheckReport([new FileReport(source, [finding], [])], []);

        var html = HtmlPages.Check(report);
        var page = HtmlPages.Parse(html);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&amp;", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script, img, b"));
        Assert.Equal(hostile, page.QuerySelector("tr.finding .message")!.TextContent);
        Assert.Equal("dir/<b>&.Dockerfile", page.QuerySelector("section.file h2")!.TextContent);
        Assert.Equal("'<script>'", page.QuerySelector("tr.finding mark")!.TextContent);
    }

    [Fact]
    public void Control_characters_from_a_file_are_shown_as_replacement_characters()
    {
        var source = new SourceText("FROM a\u001b[31m\n");
        var finding = new Finding("BL1", Severity.Info, Category.Style, "bell \u0007",
            source.GetLocation(new TextSpan(0, 4)));
        var report = new CheckReport([new FileReport(source, [finding], [])], []);

        var page = HtmlPages.Parse(HtmlPages.Check(report));

        Assert.Equal("bell \uFFFD", page.QuerySelector(".message")!.TextContent);
        Assert.Contains("a\uFFFD[31m", page.QuerySelector("pre.code")!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_span_shows_its_first_four_lines_and_says_how_many_more_there_are()
    {
        var source = new SourceText("RUN a \\\n b \\\n c \\\n d \\\n e \\\n f\n");
        var finding = new Finding("BL1", Severity.Style, Category.Style, "long",
            source.GetLocation(new TextSpan(0, source.Text.Length - 1)));
        var report = new CheckReport([new FileReport(source, [finding], [])], []);

        var page = HtmlPages.Parse(HtmlPages.Check(report));

        var frame = page.QuerySelector("pre.code")!.TextContent;
        Assert.Equal(4, page.QuerySelectorAll("pre.code mark").Length);
        Assert.EndsWith("... 2 more lines\n", frame, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_run_says_so_and_draws_no_charts()
    {
        var page = HtmlPages.Parse(HtmlPages.Check(SampleReports.Empty()));

        Assert.Equal("No problems in 1 file.", page.QuerySelector("p.lead")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("svg"));
        Assert.Single(page.QuerySelectorAll("#clean li"));
    }

    [Fact]
    public void The_same_report_gives_the_same_page_and_a_time_appears_only_when_given()
    {
        var report = SampleReports.Check();
        var time = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2));

        var first = HtmlPages.Check(report);
        var second = HtmlPages.Check(report);
        var timed = GoldenFormatTests.Render(new HtmlFormatter(time), report);

        Assert.Equal(first, second);
        Assert.DoesNotContain("UTC", first, StringComparison.Ordinal);
        Assert.Contains("Written by Ballast on 2026-03-01 07:30:00 UTC.", timed,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_listed_among_the_check_formats()
    {
        var formatter = ReportFormats.Find("HTML", new ReportOptions());

        Assert.IsType<HtmlFormatter>(formatter);
        Assert.Contains("html", ReportFormats.Names);
    }
}

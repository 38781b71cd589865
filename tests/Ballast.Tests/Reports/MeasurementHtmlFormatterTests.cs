using System.Globalization;
using Ballast.Reports;

namespace Ballast.Tests.Reports;

public sealed class MeasurementHtmlFormatterTests
{
    [Fact]
    public void A_measurement_matches_its_golden_file()
    {
        var html = HtmlPages.Measurement(SampleMeasurements.Measure());

        Golden.Matches("measure.html", html);
    }

    [Fact]
    public void A_comparison_without_database_or_smoke_run_matches_its_golden_file()
    {
        var html = HtmlPages.Measurement(SampleMeasurements.Compare());

        Golden.Matches("compare.html", html);
    }

    [Fact]
    public void The_figures_table_has_the_rows_of_the_text_formats()
    {
        var measurement = SampleMeasurements.Measure();

        var page = HtmlPages.Parse(HtmlPages.Measurement(measurement));

        var expected = MeasurementTable.Rows(measurement)
            .Select(row => $"{row.Name}|{row.Before}|{row.After}|{row.Change}");
        var actual = page.QuerySelectorAll("table.figures tbody tr")
            .Select(row => string.Join("|", row.Children.Select(cell => cell.TextContent)));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Each_figure_has_a_chart_with_a_bar_per_image_and_the_change_in_its_caption()
    {
        var page = HtmlPages.Parse(HtmlPages.Measurement(SampleMeasurements.Measure()));

        var charts = page.QuerySelectorAll("#charts figure");
        var captions = charts.Select(chart => chart.QuerySelector("figcaption")!.TextContent);

        Assert.Equal(
            [
                "Size (uncompressed): -85%", "Size (compressed): -85%", "Layers: -25%",
                "Wasted bytes: -100%", "Packages: -50%", "Vulnerabilities: -50% (by severity)",
            ],
            captions);
        Assert.All(charts.Take(5), chart => Assert.Equal(2, chart.QuerySelectorAll("rect").Length));
        Assert.Equal(12, charts[5].QuerySelectorAll("rect").Length);
        Assert.All(page.QuerySelectorAll("svg"),
            chart => Assert.Equal("title", chart.FirstElementChild!.LocalName));
    }

    [Fact]
    public void Vulnerability_bars_follow_the_counts_by_severity()
    {
        var page = HtmlPages.Parse(HtmlPages.Measurement(SampleMeasurements.Measure()));

        var critical = page.QuerySelectorAll("#charts figure")[5].QuerySelectorAll("g.bar")
            .Take(2)
            .Select(bar => bar.QuerySelector("title")!.TextContent);

        Assert.Equal(["critical, before: 2", "critical, after: 1"], critical);
    }

    [Fact]
    public void Without_a_database_charts_show_exposure_and_removed_packages_come_from_inventories()
    {
        var page = HtmlPages.Parse(HtmlPages.Measurement(SampleMeasurements.Compare()));

        var last = page.QuerySelectorAll("#charts figcaption").Last().TextContent;
        var removed = page.QuerySelectorAll("#removed tr.package td:first-child")
            .Select(cell => cell.TextContent);

        Assert.Equal("Exposure (no vulnerability database)", last);
        Assert.Equal(["build-essential", "zlib1g-dev"], removed);
        Assert.Equal(10, page.QuerySelectorAll("#charts figure").Last().QuerySelectorAll("rect")
            .Length);
    }

    [Fact]
    public void Removed_packages_name_the_vulnerabilities_they_took()
    {
        var page = HtmlPages.Parse(HtmlPages.Measurement(SampleMeasurements.Measure()));

        var rows = page.QuerySelectorAll("#removed tr.package")
            .Select(row => string.Join("|", row.Children.Select(cell => cell.TextContent)));

        Assert.Equal(["gcc-12|CVE-2024-0001", "libpq-dev|CVE-2024-0002"], rows);
    }

    [Fact]
    public void The_largest_layers_of_each_image_come_first()
    {
        var page = HtmlPages.Parse(HtmlPages.Measurement(SampleMeasurements.Measure()));

        var tables = page.QuerySelectorAll("#layers table.layers");
        var original = tables[0].QuerySelectorAll("tr.layer td:first-child")
            .Select(cell => cell.TextContent);

        Assert.Equal(2, tables.Length);
        Assert.Equal(["1", "0", "3", "2"], original);
        Assert.Equal("rewrite: 3 layers", tables[1].QuerySelector("caption")!.TextContent);
    }

    [Fact]
    public void A_passing_rewrite_says_it_still_runs()
    {
        var page = HtmlPages.Parse(HtmlPages.Measurement(SampleMeasurements.Measure()));

        Assert.Equal("Yes: its smoke run passed.", page.QuerySelector("#smoke p")!.TextContent);
    }

    [Fact]
    public void A_failing_rewrite_says_it_does_not_run_and_shows_the_output_as_text()
    {
        var page = HtmlPages.Parse(HtmlPages.Measurement(SampleMeasurements.WithFailingRewrite()));

        Assert.Equal("No: its smoke run ended with exit 127.",
            page.QuerySelector("#smoke p.failed")!.TextContent);
        Assert.Equal("exec /app/server: no such file or directory <&>",
            page.QuerySelector("#smoke pre")!.TextContent);
    }

    [Fact]
    public void Without_a_smoke_run_the_page_says_it_does_not_know()
    {
        var page = HtmlPages.Parse(HtmlPages.Measurement(SampleMeasurements.Compare()));

        Assert.Equal("Not known: no smoke command was run.",
            page.QuerySelector("#smoke p")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("#smoke table"));
    }

    [Fact]
    public void Image_names_instructions_and_notes_are_encoded()
    {
        var compare = HtmlPages.Measurement(SampleMeasurements.Compare());
        var measure = HtmlPages.Measurement(SampleMeasurements.Measure());

        var comparePage = HtmlPages.Parse(compare);
        var measurePage = HtmlPages.Parse(measure);

        Assert.DoesNotContain("<script", measure, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(measurePage.QuerySelectorAll("script, as"));
        Assert.Contains("images/app<1>.tar", comparePage.QuerySelector("p.lead")!.TextContent,
            StringComparison.Ordinal);
        Assert.Contains("# <script>", measurePage.QuerySelector("#layers")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal("Built with podman & BUILDAH_LAYERS=true <as asked>.",
            measurePage.QuerySelector("#notes li")!.TextContent);
    }

    [Fact]
    public void Zero_sizes_draw_empty_bars_without_dividing_by_zero()
    {
        var page = HtmlPages.Parse(HtmlPages.Measurement(SampleMeasurements.WithSizes(0, 0)));

        var widths = BarWidths(page.QuerySelectorAll("#charts figure")[0]);

        Assert.Equal([0.0, 0.0], widths);
    }

    [Fact]
    public void A_huge_size_fills_the_plot_and_a_tiny_one_stays_visible()
    {
        var measurement = SampleMeasurements.WithSizes(long.MaxValue, 1);

        var page = HtmlPages.Parse(HtmlPages.Measurement(measurement));

        var widths = BarWidths(page.QuerySelectorAll("#charts figure")[0]);
        Assert.Equal(HtmlBarChart.Scale(1, 1), widths[0]);
        Assert.Equal(1.0, widths[1]);
        Assert.Contains("9223372036854.8 MB",
            page.QuerySelectorAll("#charts figure")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_measurement_gives_the_same_page()
    {
        var measurement = SampleMeasurements.Measure();

        var first = HtmlPages.Measurement(measurement);
        var second = HtmlPages.Measurement(measurement);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Html_is_listed_among_the_measurement_formats()
    {
        var formatter = MeasurementFormats.Find("html");

        Assert.IsType<MeasurementHtmlFormatter>(formatter);
        Assert.Contains("html", MeasurementFormats.Names);
    }

    private static List<double> BarWidths(AngleSharp.Dom.IElement chart) =>
        chart.QuerySelectorAll("rect")
            .Select(rect => double.Parse(rect.GetAttribute("width")!, CultureInfo.InvariantCulture))
            .ToList();
}

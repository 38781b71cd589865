using Ballast.Reports;
using Ballast.Rules;
using Ballast.Text;
using Xunit;

namespace Ballast.Tests.Reports;

public sealed class TtyFormatterTests
{
    [Fact]
    public void Colour_off_writes_no_escape_codes()
    {
        var formatter = new TtyFormatter(new ReportOptions(Colour: false, CodeFrames: true));

        var output = GoldenFormatTests.Render(formatter, SampleReports.Check());

        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Colour_on_writes_ansi_escape_codes()
    {
        var formatter = new TtyFormatter(new ReportOptions(Colour: true));

        var output = GoldenFormatTests.Render(formatter, SampleReports.Check());

        Assert.Contains("\u001b[", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, null, true, true)]
    [InlineData(false, "1", true, false)]
    [InlineData(false, "", true, true)]
    [InlineData(true, null, true, false)]
    [InlineData(false, null, false, false)]
    public void Colour_is_used_only_on_a_terminal_without_NO_COLOR_or_the_no_colour_option(
        bool noColourOption, string? noColor, bool terminal, bool expected)
    {
        var wanted = ReportOptions.ColourWanted(noColourOption, noColor, terminal);

        Assert.Equal(expected, wanted);
    }

    [Fact]
    public void NO_COLOR_leads_to_output_without_escape_codes()
    {
        var colour = ReportOptions.ColourWanted(false, "true", outputIsTerminal: true);
        var formatter = new TtyFormatter(new ReportOptions(Colour: colour));

        var output = GoldenFormatTests.Render(formatter, SampleReports.Check());

        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void Finding_line_has_location_rule_severity_category_and_message()
    {
        var report = Single("FROM python:3.12\n", "python", Severity.Warning, "Pin the digest");

        var output = GoldenFormatTests.Render(new TtyFormatter(new ReportOptions()), report);

        Assert.StartsWith(
            "Dockerfile:1:6  BL101  warning  size  Pin the digest\n",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Code_frame_underlines_exactly_the_span()
    {
        var report = Single("FROM python:3.12\n", "python", Severity.Warning, "m");
        var formatter = new TtyFormatter(new ReportOptions(CodeFrames: true));

        var output = GoldenFormatTests.Render(formatter, report);

        Assert.Contains(
            "1 | FROM python:3.12\n  |      ^^^^^^\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_frame_keeps_tabs_before_the_caret_so_it_stays_aligned()
    {
        var report = Single("RUN\tmake\n", "make", Severity.Info, "m");
        var formatter = new TtyFormatter(new ReportOptions(CodeFrames: true));

        var output = GoldenFormatTests.Render(formatter, report);

        Assert.Contains("1 | RUN\tmake\n  |    \t^^^^\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_frame_of_a_long_span_shows_four_lines_and_counts_the_rest()
    {
        var text = "RUN a \\\n b \\\n c \\\n d \\\n e \\\n f\n";
        var report = Single(text, text.TrimEnd('\n'), Severity.Info, "m");
        var formatter = new TtyFormatter(new ReportOptions(CodeFrames: true));

        var output = GoldenFormatTests.Render(formatter, report);

        Assert.Contains("4 |  d \\\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("5 |  e", output, StringComparison.Ordinal);
        Assert.Contains("  | ... 2 more lines\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_frame_of_an_empty_span_shows_one_caret()
    {
        var source = new SourceText("CMD [\"x\"\n");
        var finding = new Finding("BL000", Severity.Error, Category.Correctness, "m",
            source.GetLocation(new TextSpan(8, 0)));
        var report = new CheckReport([new FileReport(source, [], [finding])], []);
        var formatter = new TtyFormatter(new ReportOptions(CodeFrames: true));

        var output = GoldenFormatTests.Render(formatter, report);

        Assert.Contains("  |         ^\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_frame_at_the_end_of_the_file_shows_the_empty_last_line()
    {
        var source = new SourceText("FROM a\nRUN b \\\n");
        var finding = new Finding("BL000", Severity.Error, Category.Correctness, "m",
            source.GetLocation(new TextSpan(source.Text.Length, 0)));
        var report = new CheckReport([new FileReport(source, [], [finding])], []);
        var formatter = new TtyFormatter(new ReportOptions(CodeFrames: true));

        var output = GoldenFormatTests.Render(formatter, report);

        Assert.Contains("Dockerfile:3:1 ", output, StringComparison.Ordinal);
        Assert.Contains("3 | \n  | ^\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_frame_of_a_location_past_the_text_underlines_the_last_line_without_failing()
    {
        var source = new SourceText("FROM a");
        var bogus = new Location("Dockerfile", new TextSpan(40, 2), new(9, 3), new(9, 5));
        var finding = new Finding("BL1", Severity.Error, Category.Correctness, "m", bogus);
        var report = new CheckReport([new FileReport(source, [finding], [])], []);
        var formatter = new TtyFormatter(new ReportOptions(CodeFrames: true));

        var output = GoldenFormatTests.Render(formatter, report);

        Assert.Contains("1 | FROM a\n  | ^^^^^^\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_from_the_file_never_reach_the_terminal()
    {
        var report = Single(
            "RUN echo \u001b[31mred\rX\n", "echo", Severity.Warning, "bad \u001b[2J byte");
        var formatter = new TtyFormatter(new ReportOptions(CodeFrames: true));

        var output = GoldenFormatTests.Render(formatter, report);

        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\r', output);
        Assert.Contains("1 | RUN echo \uFFFD[31mred\uFFFDX\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Frames_are_left_out_unless_asked_for()
    {
        var report = Single("FROM python:3.12\n", "python", Severity.Warning, "m");

        var output = GoldenFormatTests.Render(new TtyFormatter(new ReportOptions()), report);

        Assert.DoesNotContain(" | ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_line_closes_the_output()
    {
        var output = GoldenFormatTests.Render(
            new TtyFormatter(new ReportOptions()), SampleReports.Check());

        Assert.EndsWith(
            "\n3 errors, 1 warning, 1 info, 1 style finding in 3 files;"
            + " 1 fixable with ballast fix\n",
            output,
            StringComparison.Ordinal);
    }

    private static CheckReport Single(
        string text, string flagged, Severity severity, string message)
    {
        var source = new SourceText(text);
        var finding = new Finding(
            "BL101", severity, Category.Size, message, SampleReports.Locate(source, flagged));
        return new CheckReport([new FileReport(source, [finding], [])], []);
    }
}

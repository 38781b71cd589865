using Ballast.Reports;
using Ballast.Rewrite;
using Xunit;

namespace Ballast.Tests.Reports;

public sealed class GoldenFormatTests
{
    [Theory]
    [InlineData("json", "check.json")]
    [InlineData("sarif", "check.sarif.json")]
    [InlineData("checkstyle", "check.checkstyle.xml")]
    [InlineData("gitlab", "check.gitlab.json")]
    [InlineData("github", "check.github.txt")]
    [InlineData("markdown", "check.md")]
    [InlineData("tty", "check.tty.txt")]
    [InlineData("html", "check.html")]
    public void Each_format_writes_the_sample_report_as_its_golden_file(
        string format, string golden)
    {
        var formatter = ReportFormats.Find(format, new ReportOptions(ToolVersion: "0.1.0"))!;

        var output = Render(formatter, SampleReports.Check());

        Golden.Matches(golden, output);
    }

    [Theory]
    [InlineData("json", "empty.json")]
    [InlineData("sarif", "empty.sarif.json")]
    [InlineData("checkstyle", "empty.checkstyle.xml")]
    [InlineData("gitlab", "empty.gitlab.json")]
    [InlineData("github", "empty.github.txt")]
    [InlineData("markdown", "empty.md")]
    [InlineData("tty", "empty.tty.txt")]
    [InlineData("html", "empty.html")]
    public void Each_format_writes_a_report_without_findings_as_its_golden_file(
        string format, string golden)
    {
        var formatter = ReportFormats.Find(format, new ReportOptions(ToolVersion: "0.1.0"))!;

        var output = Render(formatter, SampleReports.Empty());

        Golden.Matches(golden, output);
    }

    [Fact]
    public void Tty_with_code_frames_and_colour_matches_its_golden_file()
    {
        var formatter = new TtyFormatter(new ReportOptions(Colour: true, CodeFrames: true));

        var output = Render(formatter, SampleReports.Check());

        Golden.Matches("check.tty-frames-colour.txt", output);
    }

    [Fact]
    public void Tty_with_code_frames_without_colour_matches_its_golden_file()
    {
        var formatter = new TtyFormatter(new ReportOptions(CodeFrames: true));

        var output = Render(formatter, SampleReports.Check());

        Golden.Matches("check.tty-frames.txt", output);
    }

    [Fact]
    public void Fix_output_matches_its_golden_file()
    {
        using var output = new StringWriter();

        FixReportWriter.Write([SampleReports.Fix()], output);

        Golden.Matches("fix.txt", output.ToString());
    }

    [Fact]
    public void Fix_output_for_a_CRLF_file_without_final_newline_matches_its_golden_file()
    {
        var report = new FixReport(
            "win/Dockerfile",
            "FROM mcr.microsoft.com/dotnet/sdk:8.0\r\nRUN dotnet publish -c Release\r\nCMD app",
            "FROM mcr.microsoft.com/dotnet/sdk:8.0\r\nRUN dotnet publish -c Release -o /out\r\n"
                + "CMD app\r\n",
            [new ChangeExplanation("Published to /out.", "Later stages copy one folder.")],
            []);
        using var output = new StringWriter();

        FixReportWriter.Write([report], output);

        Golden.Matches("fix-crlf.txt", output.ToString());
    }

    internal static string Render(IReportFormatter formatter, CheckReport report)
    {
        using var output = new StringWriter();
        formatter.Write(report, output);
        return output.ToString();
    }
}

using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Workflows;

namespace Ballast.Tests.Workflows;

public sealed class MalformedInputTests
{
    [Theory]
    [InlineData("binary")]
    [InlineData("empty")]
    [InlineData("heredoc")]
    [InlineData("unknown")]
    public void Check_reports_malformed_input_with_a_location_and_exit_code_2(string kind)
    {
        using var folder = new TemporaryFolder();
        var (bytes, line, message) = Input(kind);
        var path = folder.Write("Dockerfile", bytes);

        var run = CheckRun.Execute(new CheckOptions([path]), Checker.Default);

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.InputErrors);
        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("empty")]
    [InlineData("heredoc")]
    [InlineData("unknown")]
    public void Fix_refuses_malformed_input_and_writes_nothing(string kind)
    {
        using var folder = new TemporaryFolder();
        var (bytes, _, message) = Input(kind);
        var path = folder.Write("Dockerfile", bytes);
        var output = Path.Combine(folder.Path, "out.Dockerfile");

        var inPlace = FixRun.Execute(
            new FixRequest(path, MultiStage: true, Write: true), Fixer.Default);
        var elsewhere = FixRun.Execute(new FixRequest(path, Output: output), Fixer.Default);

        Assert.Equal(2, inPlace.ExitCode);
        Assert.Equal(2, elsewhere.ExitCode);
        Assert.Contains(inPlace.Errors, error => error.Message.Contains(message));
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.False(File.Exists(output));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_folder_without_dockerfiles_is_an_input_error()
    {
        using var folder = new TemporaryFolder();
        folder.Write("README.md", "nothing here");

        var run = CheckRun.Execute(new CheckOptions([folder.Path]), Checker.Default);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no Dockerfile", Assert.Single(run.InputErrors).Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("Dockerfile", [.. "FROM alpine\nLABEL a="u8, 0xE9, (byte)'\n']);

        var run = CheckRun.Execute(new CheckOptions([path]), Checker.Default);

        var error = Assert.Single(run.InputErrors);
        Assert.Equal((2, 9), (error.Line, error.Column));
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Findings_are_still_reported_when_another_instruction_has_a_syntax_error()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("Dockerfile",
            "FROM python:3.11.2\nFROBNICATE\nRUN pip install flask==3.0.0\n");

        var run = CheckRun.Execute(new CheckOptions([path]), Checker.Default);

        Assert.Equal(2, run.ExitCode);
        var file = Assert.Single(run.Report.Files);
        Assert.Contains(file.Findings, finding => finding.RuleId == "BL107");
        Assert.Contains(file.Diagnostics, finding => finding.RuleId == "BL000");
    }

    private static (byte[] Bytes, int Line, string Message) Input(string kind) => kind switch
    {
        "binary" => ([0x46, 0x52, 0x4f, 0x4d, 0x00, 0x01, 0x02], 1, "binary"),
        "empty" => ([], 1, "cannot be empty"),
        "heredoc" => ("FROM alpine:3.20\nRUN <<EOF\necho hi\n"u8.ToArray(),
            2, "unterminated heredoc"),
        _ => ("FROM alpine:3.20\nFROBNICATE now\n"u8.ToArray(),
            2, "unknown instruction: FROBNICATE"),
    };
}

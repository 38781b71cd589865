using System.Text;
using Ballast.Tests.Workflows;

namespace Ballast.Tests.Cli;

public sealed class CliTests
{
    private static void AssertNoStackTrace(string text) =>
        Assert.DoesNotMatch(@"^\s+at \S+\(", text.Replace("\r", "", StringComparison.Ordinal));

    [Fact]
    public void Check_prints_findings_with_locations_and_exits_1()
    {
        var (exit, stdout, _) = CliProcess.Run("check",
            Path.Combine(TestCases.Directory("seed-single-stage"), "Dockerfile"));

        Assert.Equal(1, exit);
        Assert.Matches(@"Dockerfile:1:6\s+BL101\s+warning\s+size", stdout);
    }

    [Fact]
    public void Check_with_fail_on_none_exits_0()
    {
        var (exit, _, _) = CliProcess.Run("check", "--fail-on", "none",
            TestCases.Directory("seed-single-stage"));

        Assert.Equal(0, exit);
    }

    [Fact]
    public void Json_output_has_the_documented_fields()
    {
        var (_, stdout, _) = CliProcess.Run("check", "--format", "json",
            TestCases.Directory("seed-single-stage"));

        foreach (var field in new[] { "file", "line", "column", "endLine", "endColumn", "rule",
            "severity", "category", "message", "fixable" })
        {
            Assert.Contains($"\"{field}\":", stdout);
        }
    }

    [Theory]
    [InlineData("check", "--format", "bogus")]
    [InlineData("check", "--fail-on", "sometimes")]
    [InlineData("frobnicate")]
    [InlineData("fix", "--write", "-o")]
    public void Usage_errors_exit_2_with_one_message_and_no_stack_trace(params string[] arguments)
    {
        var (exit, stdout, stderr) = CliProcess.Run(arguments);

        Assert.Equal(2, exit);
        Assert.StartsWith("ballast: ", stderr);
        AssertNoStackTrace(stdout + stderr);
    }

    [Theory]
    [InlineData("check", "Dockerfile", "--bogus")]
    [InlineData("fix", "--bogus")]
    [InlineData("syntax", "-x")]
    public void A_mistyped_option_is_unrecognized_not_a_missing_file(params string[] arguments)
    {
        var (exit, _, stderr) = CliProcess.Run(arguments);

        Assert.Equal(2, exit);
        Assert.Contains($"Unrecognized option '{arguments[^1]}'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_command_as_users_type_it()
    {
        var (exit, stdout, _) = CliProcess.Run("check", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("ballast check [<path>...] [options]", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Ballast.Cli", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_skip_what_git_ignores_unless_told_not_to()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".gitignore", "generated/\n");
        folder.Write("Dockerfile", "FROM debian:bookworm-slim\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "generated"));
        folder.Write(Path.Combine("generated", "Dockerfile"), "FROM debian:bookworm-slim\n");

        var (_, honoured, _) = CliProcess.Run("check", "--format", "json", folder.Path);
        var (_, all, _) = CliProcess.Run(
            "check", "--format", "json", "--no-gitignore", folder.Path);

        Assert.DoesNotContain("generated", honoured, StringComparison.Ordinal);
        Assert.Contains("generated", all, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var (exit, _, stderr) = CliProcess.Run("check", "/nonexistent/Dockerfile");

        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/Dockerfile: error: no such file", stderr);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Fix_write_keeps_bom_crlf_and_file_mode_and_the_second_run_changes_nothing()
    {
        using var folder = new TemporaryFolder();
        var text = "\uFEFFFROM python:3.11-slim\r\nRUN pip install flask==3.0.0\r\n";
        var path = folder.Write("Dockerfile", Encoding.UTF8.GetBytes(text));
        File.SetUnixFileMode(path,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var (exit, _, stderr) = CliProcess.Run("fix", "--write", path);
        var first = File.ReadAllBytes(path);
        var (again, secondOut, _) = CliProcess.Run("fix", "--write", path);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal(Encoding.UTF8.GetBytes(
            "\uFEFFFROM python:3.11-slim\r\n"
            + "RUN pip install --no-cache-dir flask==3.0.0\r\n"), first);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead,
            File.GetUnixFileMode(path));
        Assert.Equal(0, again);
        Assert.Contains("no changes", secondOut);
        Assert.Equal(first, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Fix_prints_the_multi_stage_diff_then_the_reasons()
    {
        var (exit, stdout, _) = CliProcess.Run("fix", "--multi-stage",
            Path.Combine(TestCases.Directory("seed-single-stage"), "Dockerfile"));

        Assert.Equal(0, exit);
        Assert.Contains("+FROM python:3.11.2 AS builder", stdout);
        Assert.Contains("+FROM python:3.11.2-slim", stdout);
        Assert.Contains("Why: ", stdout);
        Assert.Contains("estimate", stdout);
    }
}

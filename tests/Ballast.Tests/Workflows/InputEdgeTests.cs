using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Text;
using Ballast.Workflows;

namespace Ballast.Tests.Workflows;

public sealed class InputEdgeTests
{
    [Fact]
    public void A_byte_order_mark_does_not_count_as_a_column()
    {
        var source = new SourceText("\uFEFFFROM python:3.11.2\n");

        var position = source.GetPosition(source.Text.IndexOf("python", StringComparison.Ordinal));

        Assert.Equal(new LinePosition(1, 6), position);
    }

    [Fact]
    public void Syntax_errors_are_reported_in_file_order()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("Dockerfile", "FROM alpine:3.20\nCOPY --chmod=999 a /a\n"
            + "HEALTHCHECK --interval=abc CMD true\nFROM\nONBUILD ONBUILD RUN x\n");

        var run = CheckRun.Execute(new CheckOptions([path]), Checker.Default);

        var lines = run.InputErrors.Select(error => error.Line).ToList();
        Assert.True(lines.Count >= 3, string.Join(", ", lines));
        Assert.Equal(lines.Order(), lines);
    }

    [Fact]
    public void A_target_that_names_no_stage_is_an_input_error()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("Dockerfile", "FROM alpine:3.20 AS build\nRUN true\n");

        var run = CheckRun.Execute(
            new CheckOptions([path], Model: new Model.ModelOptions("nosuch")), Checker.Default);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("target stage \"nosuch\" could not be found",
            Assert.Single(run.InputErrors).Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Writing_through_a_symbolic_link_updates_its_target_and_keeps_the_link()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Write("real.Dockerfile",
            "FROM python:3.12-slim\nRUN pip install flask==3.0.0\n");
        var link = Path.Combine(folder.Path, "Dockerfile");
        File.CreateSymbolicLink(link, target);

        var run = FixRun.Execute(new FixRequest(link, Write: true), Fixer.Default);

        Assert.Equal(0, run.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("--no-cache-dir", File.ReadAllText(target));
    }

    [Fact]
    public void Fix_of_a_missing_file_says_so_plainly()
    {
        var run = FixRun.Execute(new FixRequest("/nonexistent/Dockerfile"), Fixer.Default);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("no such file or directory", Assert.Single(run.Errors).Message);
    }

    [Fact]
    public void Fix_refuses_a_context_folder_that_does_not_exist()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("Dockerfile", "FROM alpine:3.20\n");

        var run = FixRun.Execute(
            new FixRequest(path, ContextDirectory: "/nonexistent"), Fixer.Default);

        Assert.Equal(2, run.ExitCode);
    }
}

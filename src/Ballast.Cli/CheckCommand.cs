using System.CommandLine;
using Ballast.Reports;
using Ballast.Rules;
using Ballast.Workflows;

namespace Ballast.Cli;

/// <summary><c>ballast check [PATH...]</c>: report what makes images big, slow to rebuild
/// and unsafe.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Dockerfiles or folders to check (default: ./Dockerfile)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", ReportFormats.Names),
            DefaultValueFactory = _ => "tty",
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this severity: "
                + string.Join(", ", FailThreshold.Names),
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong([.. FailThreshold.Names]);
        var noColour = new Option<bool>("--no-color") { Description = "Never colour the output" };
        var target = new Option<string?>("--target") { Description = "The stage the build targets" };

        var command = new Command("check", "Report size, cache, security and correctness "
            + "problems with exact locations. Exit 0 clean, 1 findings, 2 input errors.")
        {
            paths, format, failOn, noColour, target,
        };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format)!,
            result.GetValue(failOn)!,
            result.GetValue(noColour),
            result.GetValue(target)));
        return command;
    }

    private static int Run(string[] paths, string format, string failOn, bool noColour, string? target)
    {
        var options = new CheckOptions(paths, FailThreshold.Parse(failOn),
            target is null ? null : new Model.ModelOptions(target));
        var run = CheckRun.Execute(options, Checker.Default);
        foreach (var error in run.InputErrors)
        {
            Console.Error.WriteLine(error);
        }

        var formatter = ReportFormats.Find(format, Terminal.ReportOptions(noColour))!;
        formatter.Write(run.Report, Console.Out);
        Console.Out.Flush();
        return run.ExitCode;
    }
}

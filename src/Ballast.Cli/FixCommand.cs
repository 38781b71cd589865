using System.CommandLine;
using Ballast.Reports;
using Ballast.Rewrite;
using Ballast.Workflows;

namespace Ballast.Cli;

/// <summary><c>ballast fix [PATH]</c>: rewrite a Dockerfile, from safe local edits up to a
/// multi-stage build, and show the diff with the reasons.</summary>
internal static class FixCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "The Dockerfile to fix (default: ./Dockerfile)",
            DefaultValueFactory = _ => "Dockerfile",
        }.RejectOptions();
        var write = new Option<bool>("--write", "-w") { Description = "Rewrite the file in place" };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the result to FILE"
        };
        var multiStage = new Option<bool>("--multi-stage", "--restage")
        {
            Description = "Also convert a single-stage build into a builder and a slim final stage",
        };
        var context = new Option<string?>("--context")
        {
            Description = "The build context folder (default: the Dockerfile's folder)",
        };

        var cacheMounts = new Option<bool>("--cache-mounts")
        {
            Description = "Keep package caches in BuildKit cache mounts instead of removing them",
        };

        var command = new Command("fix", "Rewrite the Dockerfile and print a unified diff with "
            + "each change and why. Safe fixes by default; --multi-stage restages.")
        {
            path, write, output, multiStage, context, cacheMounts,
        };
        command.SetAction(result => Run(new FixRequest(
            result.GetValue(path)!,
            result.GetValue(multiStage),
            result.GetValue(write),
            result.GetValue(output),
            result.GetValue(context),
            result.GetValue(cacheMounts))));
        return command;
    }

    private static int Run(FixRequest request)
    {
        if (request.Write && request.Output is not null)
        {
            Console.Error.WriteLine("ballast: --write and --output cannot be used together");
            return 2;
        }

        var run = FixRun.Execute(request, Fixer.Default);
        foreach (var error in run.Errors)
        {
            Console.Error.WriteLine(error);
        }

        if (run.Report is null)
        {
            return run.ExitCode;
        }

        if (run.WrittenTo is null)
        {
            FixReportWriter.WriteDiff(run.Report, Console.Out);
            Console.Out.Write('\n');
        }

        FixReportWriter.WriteSummary(run.Report, Console.Out);
        foreach (var note in run.Notes)
        {
            Console.Out.WriteLine($"Note: {note}");
        }

        if (run.WrittenTo is not null)
        {
            Console.Out.WriteLine($"Wrote {run.WrittenTo}.");
        }

        return run.ExitCode;
    }
}

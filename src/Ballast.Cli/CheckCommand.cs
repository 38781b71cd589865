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
        }.RejectOptions();
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "Output format on stdout: " + string.Join(", ", ReportFormats.Names),
            DefaultValueFactory = _ => ["tty"],
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string[]>("--output", "-o")
        {
            Description = "Also write a format to a file, as FORMAT=FILE; repeat for several",
        };
        var config = new Option<string?>("--config")
        {
            Description = "Configuration file (default: nearest .ballast.yaml or .hadolint.yaml)",
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this severity: "
                + string.Join(", ", FailThreshold.Names) + " (default: configuration, or warning)",
        };
        failOn.AcceptOnlyFromAmong([.. FailThreshold.Names]);
        var noColour = new Option<bool>("--no-color") { Description = "Never colour the output" };
        var target = new Option<string?>("--target")
        {
            Description = "The stage the build targets"
        };

        var noGitignore = new Option<bool>("--no-gitignore")
        {
            Description = "Search folders for Dockerfiles that git ignores too",
        };

        var command = new Command("check", "Report size, cache, security and correctness "
            + "problems with exact locations. Exit 0 clean, 1 findings, 2 input errors.")
        {
            paths, format, output, config, failOn, noColour, target, noGitignore,
        };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            Destinations(result.GetValue(format) ?? ["tty"], result.GetValue(output) ?? []),
            result.GetValue(config),
            result.GetValue(failOn),
            result.GetValue(noColour),
            result.GetValue(target),
            !result.GetValue(noGitignore)));
        return command;
    }

    private static int Run(string[] paths, List<ReportDestination>? destinations,
        string? config, string? failOn, bool noColour, string? target, bool honourGitignore)
    {
        if (destinations is null)
        {
            return 2;
        }

        var options = new CheckOptions(paths, FailThreshold.Parse(failOn ?? "warning"),
            target is null ? null : new Model.ModelOptions(target), config, failOn is not null,
            honourGitignore);
        var run = CheckRun.Execute(options, Checker.Default);
        foreach (var error in run.InputErrors)
        {
            Console.Error.WriteLine(error);
        }

        // With nothing read, a report would only say "no problems in 0 files" next to the
        // errors; machine formats still get their empty document.
        var nothingRead = run.Report.Files.Count == 0 && run.InputErrors.Count > 0;
        foreach (var destination in destinations)
        {
            if (nothingRead && destination.Format is "tty" or "markdown")
            {
                continue;
            }

            if (!Write(run, destination, noColour))
            {
                return 2;
            }
        }

        return run.ExitCode;
    }

    private static List<ReportDestination>? Destinations(string[] formats, string[] outputs)
    {
        var destinations = formats.Distinct()
            .Select(format => new ReportDestination(format, null)).ToList();
        foreach (var text in outputs)
        {
            if (ReportDestination.Parse(text, out var error) is not { } destination)
            {
                Console.Error.WriteLine(error);
                return null;
            }

            destinations.Add(destination);
        }

        return destinations;
    }

    private static bool Write(CheckRun run, ReportDestination destination, bool noColour)
    {
        if (destination.Path is null)
        {
            ReportFormats.Find(destination.Format, Terminal.ReportOptions(noColour))!
                .Write(run.Report, Console.Out);
            Console.Out.Flush();
            return true;
        }

        var formatter = ReportFormats.Find(destination.Format,
            Terminal.ReportOptions(noColour: true) with { CodeFrames = false })!;
        try
        {
            using var text = new StringWriter();
            formatter.Write(run.Report, text);
            Files.AtomicFile.Write(destination.Path, System.Text.Encoding.UTF8.GetBytes(
                text.ToString()));
            return true;
        }
        catch (Exception exception) when (exception is IOException
            or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine($"{destination.Path}: cannot write: {exception.Message}");
            return false;
        }
    }
}

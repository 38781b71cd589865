using System.CommandLine;
using Ballast.Engines;
using Ballast.Reports;
using Ballast.Workflows;

namespace Ballast.Cli;

/// <summary><c>ballast measure [PATH]</c>: build the Dockerfile and its rewrite and show the
/// numbers.</summary>
internal static class MeasureCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "The Dockerfile or its folder (default: ./Dockerfile)",
            DefaultValueFactory = _ => "Dockerfile",
        }.RejectOptions();
        var against = new Option<string?>("--against")
        {
            Description = "Compare with this Dockerfile instead of Ballast's rewrite",
        };
        var context = new Option<string?>("--context")
        {
            Description = "The build context folder (default: the Dockerfile's folder)",
        };
        var smoke = new Option<string?>("--smoke")
        {
            Description = "Command run in both images (default: the image's ENTRYPOINT and CMD)",
        };
        var smokeTimeout = new Option<int>("--smoke-timeout")
        {
            Description = "Seconds each smoke run may take",
            DefaultValueFactory = _ => 60,
        };
        var noRebuild = new Option<bool>("--no-rebuild")
        {
            Description = "Skip timing a rebuild after a source-only change",
        };
        var format = ImageCommand.FormatOption(MeasurementFormats.Names);
        var engine = new EngineArguments();
        var command = new Command("measure", "Build the Dockerfile and its rewrite with a "
            + "container engine, run both, and compare size, layers, packages, waste, build and "
            + "rebuild time and vulnerabilities. Exit 1 when a smoke run fails, 2 on errors. "
            + "Buildah reuses layers only with BUILDAH_LAYERS=true.")
        {
            path, against, context, smoke, smokeTimeout, noRebuild, format,
        };
        engine.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            var options = new MeasureOptions(
                result.GetValue(path)!,
                result.GetValue(against),
                result.GetValue(context),
                result.GetValue(smoke),
                TimeSpan.FromSeconds(Math.Max(1, result.GetValue(smokeTimeout))),
                engine.Vulnerabilities(result),
                !result.GetValue(noRebuild),
                new BuildOptions());
            return await RunAsync(options, engine, result, result.GetValue(format)!, cancel);
        });
        return command;
    }

    public static int Print(
        Measurement? measurement, IReadOnlyList<string> errors, int exitCode, string format)
    {
        foreach (var error in errors)
        {
            Console.Error.WriteLine($"ballast: {error}");
        }

        if (measurement is not null)
        {
            MeasurementFormats.Find(format)!.Write(measurement, Console.Out);
            Console.Out.Flush();
        }

        return exitCode;
    }

    private static async Task<int> RunAsync(
        MeasureOptions options, EngineArguments engine, ParseResult result, string format,
        CancellationToken cancel)
    {
        var search = await engine.FindAsync(result, cancel);
        if (search.Engine is null)
        {
            Console.Error.WriteLine($"ballast: {search.Describe()}");
            return 2;
        }

        Action<string>? progress = Console.IsErrorRedirected
            ? null
            : step => Console.Error.WriteLine($"ballast: {step}...");
        var run = await MeasureRun.ExecuteAsync(options, search.Engine, progress, cancel);
        return Print(run.Measurement, run.Errors, run.ExitCode, format);
    }
}

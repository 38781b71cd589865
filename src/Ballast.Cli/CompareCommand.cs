using System.CommandLine;
using Ballast.Reports;
using Ballast.Workflows;

namespace Ballast.Cli;

/// <summary><c>ballast compare A B</c>: two images side by side.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("first") { Description = "The original image" };
        var second = new Argument<string>("second") { Description = "The image to compare" };
        var format = ImageCommand.FormatOption(MeasurementFormats.Names);
        var engine = new EngineArguments();
        var command = new Command("compare", "Put two images (archives, OCI folders or "
            + "references) side by side: size, layers, packages, waste, vulnerabilities.")
        {
            first, second, format,
        };
        engine.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            var loader = new ImageLoader(token => engine.FindAsync(result, token));
            var run = await CompareRun.ExecuteAsync(result.GetValue(first)!,
                result.GetValue(second)!, loader, engine.Vulnerabilities(result), cancel);
            return MeasureCommand.Print(run.Measurement, run.Errors, run.ExitCode,
                result.GetValue(format)!);
        });
        return command;
    }
}

using System.CommandLine;
using Ballast.Reports;
using Ballast.Workflows;

namespace Ballast.Cli;

/// <summary><c>ballast image REF|ARCHIVE</c>: what an image is made of, layer by layer.</summary>
internal static class ImageCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("image")
        {
            Description = "An image archive, OCI layout folder, or a reference the engine holds",
        };
        var format = FormatOption(ImageReportWriter.Formats);
        var engine = new EngineArguments();
        var command = new Command("image", "Show an image's layers with the instruction that "
            + "made each, wasted bytes, efficiency, largest files and packages. Exit 2 when it "
            + "cannot be read.")
        {
            source, format,
        };
        engine.AddTo(command);
        command.SetAction((result, cancel) => RunAsync(
            result.GetValue(source)!, result.GetValue(format)!, engine, result, cancel));
        return command;
    }

    public static Option<string> FormatOption(IReadOnlyList<string> names)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", names),
            DefaultValueFactory = _ => "tty",
        };
        format.AcceptOnlyFromAmong([.. names]);
        return format;
    }

    private static async Task<int> RunAsync(
        string source, string format, EngineArguments engine, ParseResult result,
        CancellationToken cancel)
    {
        var loader = new ImageLoader(token => engine.FindAsync(result, token));
        var read = await loader.LoadAsync(source, cancel);
        if (!read.Succeeded)
        {
            Console.Error.WriteLine($"ballast: {read.Error}");
            return 2;
        }

        ImageReportWriter.Write(read.Analysis, format, Console.Out);
        Console.Out.Flush();
        return 0;
    }
}

using System.CommandLine;
using Ballast.Files;
using Ballast.Syntax;
using Ballast.Syntax.Dump;

namespace Ballast.Cli;

/// <summary><c>ballast syntax FILE --format json</c>: print the tree BuildKit would read.
/// </summary>
internal static class SyntaxCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("file") { Description = "The Dockerfile to read" }
            .RejectOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");

        var command = new Command("syntax", "Print how BuildKit splits a Dockerfile: each "
            + "instruction's name, flags, arguments, heredocs and lines, and the syntax "
            + "diagnostics. Exit 0 readable, 1 syntax errors, 2 unreadable file.")
        {
            path, format,
        };
        command.SetAction(result => Run(result.GetValue(path)!));
        return command;
    }

    private static int Run(string path)
    {
        var document = DockerfileDocument.Read(path, out var error);
        if (document is null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }

        var syntax = DockerfileParser.Parse(document.Source);
        Console.Out.WriteLine(SyntaxDumper.ToJson(syntax));
        Console.Out.Flush();
        return syntax.HasErrors ? 1 : 0;
    }
}

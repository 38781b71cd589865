using System.CommandLine;

namespace Ballast.Cli;

/// <summary>Runs a parsed command line: usage errors go to stderr with exit code 2, and
/// nothing a command throws reaches the user as a stack trace.</summary>
internal static class CommandLine
{
    public static int Run(Command root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // "Required command was not provided" only repeats what an unknown command says.
            var errors = parsed.Errors.Count > 1
                ? parsed.Errors.Where(error => !error.Message.StartsWith("Required command",
                    StringComparison.Ordinal))
                : parsed.Errors;
            foreach (var error in errors)
            {
                Console.Error.WriteLine($"ballast: {error.Message}");
            }

            Console.Error.WriteLine("Run 'ballast --help' for usage.");
            return 2;
        }

        try
        {
            return parsed.Invoke();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"ballast: internal error: {exception.Message}");
            Console.Error.WriteLine("This is a bug in Ballast; please report it with the input.");
            return 3;
        }
    }
}

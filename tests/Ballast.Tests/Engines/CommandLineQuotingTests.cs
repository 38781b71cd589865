using System.Diagnostics;
using Ballast.Engines;
using CsCheck;
using Xunit;

namespace Ballast.Tests.Engines;

public sealed class CommandLineQuotingTests
{
    private const string Alphabet = "ab-_./:= '\"$`\\!*?;&|<>(){}#~\n\t";

    [Fact]
    public void Printed_command_lines_give_back_the_same_argument_array_in_a_real_shell()
    {
        var words = Gen.String[Gen.Char[Alphabet], 0, 8].Array[1, 4];

        words.Sample(arguments =>
        {
            var printed = new CommandLine("printf", ["%s\\0", .. arguments]).ToString();

            var echoed = RunInShell(printed);

            Assert.Equal(arguments, echoed);
        }, iter: 60);
    }

    // The words come back NUL-terminated, so any byte but NUL survives the trip.
    private static string[] RunInShell(string script)
    {
        var startInfo = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(script);
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\0')[..^1];
    }
}

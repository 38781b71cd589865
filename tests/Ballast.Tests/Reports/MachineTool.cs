using System.Diagnostics;

namespace Ballast.Tests.Reports;

/// <summary>Runs a program of the machine, such as GNU <c>patch</c> or <c>diff</c>, to check
/// Ballast's output against the tools users apply it with.</summary>
internal static class MachineTool
{
    public static (int ExitCode, string Output) Run(
        string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}

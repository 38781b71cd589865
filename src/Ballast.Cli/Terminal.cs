using Ballast.Reports;

namespace Ballast.Cli;

/// <summary>What the terminal around the process supports.</summary>
internal static class Terminal
{
    public static bool StdoutIsTerminal => !Console.IsOutputRedirected;

    public static ReportOptions ReportOptions(bool noColour) => new(
        Colour: Reports.ReportOptions.ColourWanted(noColour,
            Environment.GetEnvironmentVariable("NO_COLOR"), StdoutIsTerminal),
        CodeFrames: StdoutIsTerminal,
        ToolVersion: typeof(Terminal).Assembly.GetName().Version?.ToString(3));
}

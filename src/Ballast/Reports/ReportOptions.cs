namespace Ballast.Reports;

/// <summary>Choices that change how a report looks but not what it says.</summary>
/// <param name="Colour">Colour the <c>tty</c> format with ANSI escape codes.</param>
/// <param name="CodeFrames">Show the source lines under each finding in the <c>tty</c>
/// format, with a caret underline.</param>
/// <param name="ToolVersion">Ballast's version, written where a format records it
/// (SARIF).</param>
public sealed record ReportOptions(
    bool Colour = false,
    bool CodeFrames = false,
    string? ToolVersion = null)
{
    /// <summary>Whether to colour output, following https://no-color.org: an explicit
    /// no-colour option or a non-empty <c>NO_COLOR</c> variable turns colour off, and colour is
    /// only used on a terminal.</summary>
    /// <param name="noColourOption">The user passed <c>--no-color</c>.</param>
    /// <param name="noColorVariable">The value of the <c>NO_COLOR</c> environment variable, or
    /// null when it is not set.</param>
    /// <param name="outputIsTerminal">Standard output is a terminal.</param>
    public static bool ColourWanted(
        bool noColourOption, string? noColorVariable, bool outputIsTerminal)
    {
        if (noColourOption || !string.IsNullOrEmpty(noColorVariable))
        {
            return false;
        }

        return outputIsTerminal;
    }
}

using Spectre.Console;

namespace Ballast.Reports;

/// <summary>Writes text to the terminal, styled through Spectre.Console's ANSI writer when
/// colour is on and plain otherwise, so that no escape code reaches a pipe or a file.</summary>
internal sealed class TtyPen
{
    private readonly TextWriter output;
    private readonly AnsiWriter? ansi;

    public TtyPen(TextWriter output, bool colour)
    {
        this.output = output;
        if (colour)
        {
            var capabilities = new AnsiCapabilities
            {
                Ansi = true,
                ColorSystem = ColorSystem.Standard,
                Links = false,
                AlternateBuffer = false,
            };
            ansi = new AnsiWriter(output, capabilities);
        }
    }

    public void Write(string text, Style? style = null)
    {
        if (ansi is null || style is null || text.Length == 0)
        {
            output.Write(text);
            return;
        }

        ansi.Write(text, style.Value);
    }

    public void EndLine() => output.Write('\n');
}

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
        text = Printable(text);
        if (ansi is null || style is null || text.Length == 0)
        {
            output.Write(text);
            return;
        }

        ansi.Write(text, style.Value);
    }

    public void EndLine() => output.Write('\n');

    /// <summary>Source lines and messages come from files Ballast does not trust: an escape
    /// or carriage return in a Dockerfile must not move the cursor or recolour the user's
    /// terminal, so control characters other than tab are shown as U+FFFD.</summary>
    private static string Printable(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        return string.Create(text.Length, text, static (buffer, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                buffer[index] = IsUnsafe(source[index]) ? '\uFFFD' : source[index];
            }
        });
    }

    private static bool IsUnsafe(char character) =>
        character != '\t' && char.IsControl(character);
}

using System.Globalization;
using System.Text;
using Ballast.Text;
using Spectre.Console;

namespace Ballast.Reports;

/// <summary>Prints the source lines a finding covers with a caret underline, as compilers
/// do, so the reader sees the problem without opening the file.</summary>
internal static class CodeFrame
{
    /// <summary>Long spans (a whole multi-line RUN) would bury the next finding, so only
    /// their first lines are shown.</summary>
    internal const int MaximumLines = 4;

    private static readonly Style GutterStyle = new(foreground: Color.Grey);

    public static void Write(TtyPen pen, SourceText source, Location location, Style caretStyle)
    {
        var lastAvailable = LastLine(source);
        var firstLine = Math.Clamp(location.Start.Line, 1, lastAvailable);
        var lastLine = Math.Clamp(location.End.Line, firstLine, lastAvailable);
        var shownLast = Math.Min(lastLine, firstLine + MaximumLines - 1);
        var gutterWidth = Number(shownLast).Length;

        for (var line = firstLine; line <= shownLast; line++)
        {
            var text = source.GetLineText(line);
            var (from, to) = UnderlinedColumns(location, line, text);
            WriteSourceLine(pen, gutterWidth, line, text);
            WriteUnderline(pen, gutterWidth, text, from, to, caretStyle);
        }

        if (shownLast < lastLine)
        {
            pen.Write($"{new string(' ', gutterWidth)} | ", GutterStyle);
            pen.Write($"... {lastLine - shownLast} more lines", GutterStyle);
            pen.EndLine();
        }
    }

    /// <summary>The last line a location can name. A diagnostic at the very end of a file
    /// that ends with a line break ("unexpected end of file") sits on the empty line after
    /// it, which the frame shows as an empty line.</summary>
    internal static int LastLine(SourceText source) =>
        source.Text.EndsWith('\n') ? source.LineCount + 1 : Math.Max(source.LineCount, 1);

    /// <summary>The 1-based columns to underline on <paramref name="line"/>, end exclusive.
    /// Lines inside a span are underlined from their first non-blank character, so the
    /// indentation of continuation lines stays unmarked.</summary>
    internal static (int From, int To) UnderlinedColumns(Location location, int line, string text)
    {
        var from = line == location.Start.Line ? location.Start.Column : FirstNonBlank(text);
        var to = line == location.End.Line ? location.End.Column : text.Length + 1;
        from = Math.Clamp(from, 1, text.Length + 1);
        to = Math.Clamp(to, from, text.Length + 1);

        // An empty span, or one that covers only the line break, still gets one caret.
        return to == from ? (from, from + 1) : (from, to);
    }

    private static int FirstNonBlank(string text)
    {
        var index = 0;
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index + 1;
    }

    private static void WriteSourceLine(TtyPen pen, int gutterWidth, int line, string text)
    {
        pen.Write($"{Number(line).PadLeft(gutterWidth)} | ", GutterStyle);
        pen.Write(text);
        pen.EndLine();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Limitation: columns count UTF-16 characters, not terminal cells, so on a line with wide
    // characters (CJK, emoji) before the span the caret lands too far left.
    private static void WriteUnderline(
        TtyPen pen, int gutterWidth, string text, int from, int to, Style caretStyle)
    {
        // Tabs before the caret are copied from the source line, so the caret lands under the
        // same character whatever width the terminal gives a tab.
        var padding = new StringBuilder(from - 1);
        for (var index = 0; index < from - 1; index++)
        {
            padding.Append(text[index] == '\t' ? '\t' : ' ');
        }

        pen.Write($"{new string(' ', gutterWidth)} | ", GutterStyle);
        pen.Write(padding.ToString());
        pen.Write(new string('^', to - from), caretStyle);
        pen.EndLine();
    }
}

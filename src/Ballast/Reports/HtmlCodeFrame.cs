using System.Globalization;
using Ballast.Text;

namespace Ballast.Reports;

/// <summary>The source lines a finding covers, as a preformatted block in which the flagged
/// text is marked. It picks the same lines and columns as the terminal's code frame.</summary>
internal static class HtmlCodeFrame
{
    public static void Write(TextWriter output, SourceText source, Location location)
    {
        var lastAvailable = CodeFrame.LastLine(source);
        var firstLine = Math.Clamp(location.Start.Line, 1, lastAvailable);
        var lastLine = Math.Clamp(location.End.Line, firstLine, lastAvailable);
        var shownLast = Math.Min(lastLine, firstLine + CodeFrame.MaximumLines - 1);
        var gutterWidth = Number(shownLast).Length;

        output.Write("<pre class=\"code\"><code>");
        for (var line = firstLine; line <= shownLast; line++)
        {
            var text = source.GetLineText(line);
            var (from, to) = CodeFrame.UnderlinedColumns(location, line, text);
            output.Write($"<span class=\"gutter\">{Number(line).PadLeft(gutterWidth)} | </span>");
            WriteMarked(output, text, from - 1, Math.Min(to - 1, text.Length));
            output.Write('\n');
        }

        if (shownLast < lastLine)
        {
            output.Write($"<span class=\"gutter\">... {lastLine - shownLast} more lines</span>\n");
        }

        output.Write("</code></pre>");
    }

    /// <summary>A span that covers only the line break has nothing to mark; the line is
    /// shown plain, and the location column says where the problem is.</summary>
    private static void WriteMarked(TextWriter output, string text, int start, int end)
    {
        if (start >= end)
        {
            output.Write(HtmlText.Encode(text));
            return;
        }

        output.Write(HtmlText.Encode(text[..start]));
        output.Write($"<mark>{HtmlText.Encode(text[start..end])}</mark>");
        output.Write(HtmlText.Encode(text[end..]));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using DiffPlex;

namespace Ballast.Reports;

/// <summary>Splits text into lines that keep their line break, so that the diff sees a
/// change of line ending (CRLF to LF) or of the final newline as a changed line, as GNU diff
/// does. A line ends at <c>\n</c>; a <c>\r</c> before it belongs to the line.</summary>
internal sealed class LineEndingChunker : IChunker
{
    public IReadOnlyList<string> Chunk(string text) => Split(text);

    public static string[] Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return [.. lines];
    }
}

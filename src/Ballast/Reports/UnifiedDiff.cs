using System.Globalization;
using DiffPlex;
using DiffPlex.Model;

namespace Ballast.Reports;

/// <summary>Renders the difference between two texts as a unified diff that <c>patch -p1</c>
/// and <c>git apply</c> accept. Lines keep their own line breaks: a CRLF line is written with
/// its <c>\r</c>, and a last line without a line break is followed by the
/// <c>\ No newline at end of file</c> marker.</summary>
public static class UnifiedDiff
{
    /// <summary>Unchanged lines shown around each change, as <c>diff -u</c> does.</summary>
    public const int DefaultContext = 3;

    /// <summary>The diff of <paramref name="original"/> and <paramref name="updated"/> for the
    /// file at <paramref name="path"/>; empty when the texts are equal.</summary>
    public static string Create(
        string path, string original, string updated, int context = DefaultContext)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Write(path, original, updated, output, context);
        return output.ToString();
    }

    /// <summary>Writes the diff of <paramref name="original"/> and <paramref name="updated"/>
    /// to <paramref name="output"/>; writes nothing when the texts are equal.</summary>
    public static void Write(
        string path,
        string original,
        string updated,
        TextWriter output,
        int context = DefaultContext)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        var chunker = new LineEndingChunker();
        var diff = new Differ().CreateDiffs(original, updated, false, false, chunker);
        if (diff.DiffBlocks.Count == 0)
        {
            return;
        }

        var oldLines = LineEndingChunker.Split(original);
        var newLines = LineEndingChunker.Split(updated);
        var slashed = ReportNames.ForwardSlashes(path);
        output.Write($"--- a/{slashed}\n+++ b/{slashed}\n");
        foreach (var hunk in Group(diff.DiffBlocks, context))
        {
            WriteHunk(output, hunk, oldLines, newLines, context);
        }
    }

    /// <summary>Changes closer than twice the context share a hunk, so no context line is
    /// printed twice.</summary>
    private static List<List<DiffBlock>> Group(IList<DiffBlock> blocks, int context)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks.OrderBy(block => block.DeleteStartA))
        {
            var last = hunks.Count == 0 ? null : hunks[^1][^1];
            if (last is not null
                && block.DeleteStartA - (last.DeleteStartA + last.DeleteCountA) <= 2 * context)
            {
                hunks[^1].Add(block);
                continue;
            }

            hunks.Add([block]);
        }

        return hunks;
    }

    private static void WriteHunk(
        TextWriter output,
        List<DiffBlock> blocks,
        string[] oldLines,
        string[] newLines,
        int context)
    {
        var first = blocks[0];
        var last = blocks[^1];
        var oldStart = Math.Max(0, first.DeleteStartA - context);
        var oldEnd = Math.Min(oldLines.Length, last.DeleteStartA + last.DeleteCountA + context);
        var newStart = first.InsertStartB - (first.DeleteStartA - oldStart);
        var trailing = oldEnd - (last.DeleteStartA + last.DeleteCountA);
        var newEnd = last.InsertStartB + last.InsertCountB + trailing;
        output.Write(
            $"@@ -{Range(oldStart, oldEnd - oldStart)} +{Range(newStart, newEnd - newStart)} @@\n");
        WriteHunkLines(output, blocks, oldLines, newLines, oldStart, oldEnd);
    }

    /// <summary>Writes context, removed and added lines from <paramref name="oldStart"/> to
    /// <paramref name="oldEnd"/> of the original.</summary>
    private static void WriteHunkLines(
        TextWriter output,
        List<DiffBlock> blocks,
        string[] oldLines,
        string[] newLines,
        int oldStart,
        int oldEnd)
    {
        var oldIndex = oldStart;
        foreach (var block in blocks)
        {
            for (; oldIndex < block.DeleteStartA; oldIndex++)
            {
                WriteLine(output, ' ', oldLines[oldIndex]);
            }

            for (var index = 0; index < block.DeleteCountA; index++)
            {
                WriteLine(output, '-', oldLines[block.DeleteStartA + index]);
            }

            for (var index = 0; index < block.InsertCountB; index++)
            {
                WriteLine(output, '+', newLines[block.InsertStartB + index]);
            }

            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        for (; oldIndex < oldEnd; oldIndex++)
        {
            WriteLine(output, ' ', oldLines[oldIndex]);
        }
    }

    /// <summary>A hunk range as <c>diff -u</c> writes it: the 1-based first line and the count,
    /// the count left out when it is 1, and for an empty range the line before it.</summary>
    private static string Range(int start, int length) => length switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{length}",
    };

    private static void WriteLine(TextWriter output, char prefix, string line)
    {
        output.Write(prefix);
        output.Write(line);
        if (!line.EndsWith('\n'))
        {
            output.Write("\n\\ No newline at end of file\n");
        }
    }
}

namespace Ballast.Reports;

/// <summary>Writes what <c>fix</c> did: a unified diff per changed file, then a summary of
/// each change with its reason and the expected effect, labelled as an estimate. The summary
/// follows all diffs and none of its lines looks like a hunk line, so the whole output can
/// still be given to <c>patch</c> or <c>git apply</c>.</summary>
public static class FixReportWriter
{
    /// <summary>Writes the diffs of <paramref name="reports"/>, then their summaries.</summary>
    public static void Write(IReadOnlyList<FixReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            WriteDiff(report, output);
        }

        // A blank line sets each summary apart from what precedes it, diff or summary.
        var written = reports.Any(report => report.Changed);
        foreach (var report in reports)
        {
            if (written)
            {
                output.Write('\n');
            }

            WriteSummary(report, output);
            written = true;
        }
    }

    /// <summary>Writes the unified diff of one file; nothing when the text did not
    /// change.</summary>
    public static void WriteDiff(FixReport report, TextWriter output) =>
        UnifiedDiff.Write(report.Path, report.OriginalText, report.NewText, output);

    /// <summary>Writes the changes made to one file, each with its reason, and the expected
    /// effect.</summary>
    public static void WriteSummary(FixReport report, TextWriter output)
    {
        if (!report.Changed)
        {
            output.Write($"{report.Path}: no changes.\n");
            return;
        }

        var noun = report.Changes.Count == 1 ? "change" : "changes";
        output.Write($"{report.Path}: {report.Changes.Count} {noun}\n");
        foreach (var change in report.Changes)
        {
            output.Write($"  * {ReportNames.SingleLine(change.Change)}\n");
            output.Write($"    Why: {ReportNames.SingleLine(change.Reason)}\n");
        }

        if (report.Estimate.Count == 0)
        {
            return;
        }

        output.Write("Expected effect (an estimate, not a measurement):\n");
        foreach (var line in report.Estimate)
        {
            output.Write($"  * {ReportNames.SingleLine(line)}\n");
        }
    }
}

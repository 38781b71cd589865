using System.Text;
using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The <c>markdown</c> format: a pull-request comment with the summary sentence, a
/// table of counts by severity, and a table of findings for each file that has any.</summary>
public sealed class MarkdownFormatter : IReportFormatter
{
    /// <summary>GitHub refuses comments over 65,536 characters; 200 rows of a few hundred
    /// characters each stay well below that.</summary>
    public const int DefaultMaximumRows = 200;

    private readonly int maximumRows;

    /// <summary>Creates the formatter; past <paramref name="maximumRows"/> findings the
    /// tables stop and a line says how many were left out.</summary>
    public MarkdownFormatter(int maximumRows = DefaultMaximumRows) =>
        this.maximumRows = Math.Max(0, maximumRows);

    /// <inheritdoc />
    public string Name => "markdown";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output)
    {
        var counts = report.Counts;
        output.Write("## Ballast\n\n");
        output.Write($"**{counts.ToSentence()}.**\n");
        if (counts.Total == 0)
        {
            return;
        }

        WriteCounts(output, counts);
        var remaining = maximumRows;
        foreach (var file in report.Files.Where(file => file.Ordered.Count > 0))
        {
            if (remaining == 0)
            {
                break;
            }

            var shown = file.Ordered.Take(remaining).ToList();
            WriteFile(output, file.Path, shown, report);
            remaining -= shown.Count;
        }

        var hidden = counts.Total - (maximumRows - remaining);
        if (hidden > 0)
        {
            output.Write($"\n_{hidden} more not shown; run `ballast check` for all findings._\n");
        }
    }

    private static void WriteCounts(TextWriter output, FindingCounts counts)
    {
        output.Write("\n| Severity | Count |\n| --- | ---: |\n");
        output.Write($"| error | {counts.Errors} |\n");
        output.Write($"| warning | {counts.Warnings} |\n");
        output.Write($"| info | {counts.Infos} |\n");
        if (counts.Styles > 0)
        {
            output.Write($"| style | {counts.Styles} |\n");
        }
    }

    private static void WriteFile(
        TextWriter output, string path, List<Finding> findings, CheckReport report)
    {
        output.Write($"\n### {Escape(path)}\n\n");
        output.Write("| Line | Rule | Severity | Category | Message | Fixable |\n");
        output.Write("| ---: | --- | --- | --- | --- | --- |\n");
        foreach (var finding in findings)
        {
            var rule = report.FindRule(finding.RuleId);
            var ruleCell = rule is null
                ? Escape(finding.RuleId)
                : $"[{Escape(finding.RuleId)}]({rule.HelpUri})";
            var start = finding.Location.Start;
            output.Write(
                $"| {start.Line}:{start.Column} | {ruleCell} "
                + $"| {ReportNames.Severity(finding.Severity)} "
                + $"| {ReportNames.Category(finding.Category)} "
                + $"| {Escape(finding.Message)} | {(finding.Fixable ? "yes" : "no")} |\n");
        }
    }

    /// <summary>Messages quote Dockerfile text, which is full of characters Markdown would
    /// read as formatting or as a table's column separator.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in ReportNames.SingleLine(text))
        {
            switch (character)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '#' or '~':
                    escaped.Append('\\').Append(character);
                    break;
                default:
                    escaped.Append(character);
                    break;
            }
        }

        return escaped.ToString();
    }
}

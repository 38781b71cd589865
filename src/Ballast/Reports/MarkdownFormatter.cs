using System.Text;
using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The <c>markdown</c> format: a pull-request comment with the summary sentence, a
/// table of counts by severity, and a table of findings for each file that has any.</summary>
public sealed class MarkdownFormatter : IReportFormatter
{
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
        foreach (var file in report.Files.Where(file => file.Ordered.Count > 0))
        {
            WriteFile(output, file, report);
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

    private static void WriteFile(TextWriter output, FileReport file, CheckReport report)
    {
        output.Write($"\n### {Escape(file.Path)}\n\n");
        output.Write("| Line | Rule | Severity | Category | Message | Fixable |\n");
        output.Write("| ---: | --- | --- | --- | --- | --- |\n");
        foreach (var finding in file.Ordered)
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

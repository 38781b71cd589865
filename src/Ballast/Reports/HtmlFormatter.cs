using System.Globalization;
using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The <c>html</c> format: one self-contained page with the summary, findings by
/// severity and by category as inline-SVG bar charts (and as tables), then each file's
/// findings with a link to the rule's page and the source lines they cover.</summary>
public sealed class HtmlFormatter : IReportFormatter
{
    private static readonly Severity[] Severities =
        [Severity.Error, Severity.Warning, Severity.Info, Severity.Style];

    private static readonly Category[] Categories =
        [Category.Size, Category.Cache, Category.Security, Category.Correctness, Category.Style];

    private readonly DateTimeOffset? generatedAt;

    /// <summary>Creates the formatter. The page names <paramref name="generatedAt"/> in its
    /// footer when given; without it the same report always gives the same page.</summary>
    public HtmlFormatter(DateTimeOffset? generatedAt = null) => this.generatedAt = generatedAt;

    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output)
    {
        var counts = report.Counts;
        HtmlPage.WriteStart(output, "Ballast check report");
        output.Write("<header>\n<h1>Ballast check</h1>\n");
        output.Write($"<p class=\"lead\">{HtmlText.Encode(counts.ToSentence())}.</p>\n"
            + "</header>\n");
        if (counts.Total > 0)
        {
            WriteSummary(output, report);
        }

        foreach (var file in report.Files.Where(file => file.Ordered.Count > 0))
        {
            WriteFile(output, file, report);
        }

        WriteCleanFiles(output, report);
        HtmlPage.WriteEnd(output, generatedAt);
    }

    private static void WriteSummary(TextWriter output, CheckReport report)
    {
        var findings = report.Files.SelectMany(file => file.Ordered).ToList();
        var bySeverity = Severities
            .Select(severity => (Name: ReportNames.Severity(severity),
                Count: findings.Count(finding => finding.Severity == severity)))
            .ToList();
        var byCategory = Categories
            .Select(category => (Name: ReportNames.Category(category),
                Count: findings.Count(finding => finding.Category == category)))
            .ToList();

        output.Write("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"charts\">\n");
        HtmlBarChart.Write(output, "Findings by severity", "By severity",
            [.. bySeverity.Select(pair => Bar(pair.Name, pair.Count, pair.Name))]);
        HtmlBarChart.Write(output, "Findings by category", "By category",
            [.. byCategory.Select(pair => Bar(pair.Name, pair.Count, "plain"))]);
        output.Write("</div>\n<div class=\"side-by-side\">\n");
        WriteCountTable(output, "Severity", bySeverity);
        WriteCountTable(output, "Category", byCategory);
        output.Write("</div>\n</section>\n");
    }

    private static ChartBar Bar(string name, int count, string tone) =>
        new(name, count, Number(count), tone);

    private static void WriteCountTable(
        TextWriter output, string heading, List<(string Name, int Count)> rows)
    {
        output.Write($"<table class=\"counts\">\n<thead><tr><th>{heading}</th>"
            + "<th>Findings</th></tr></thead>\n<tbody>\n");
        foreach (var (name, count) in rows)
        {
            output.Write($"<tr><td>{name}</td><td class=\"number\">{Number(count)}</td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
    }

    private static void WriteFile(TextWriter output, FileReport file, CheckReport report)
    {
        output.Write($"<section class=\"file\">\n<h2>{HtmlText.Encode(file.Path)}</h2>\n");
        output.Write("<table class=\"findings\">\n<thead><tr><th>Line:column</th><th>Rule</th>"
            + "<th>Severity</th><th>Category</th><th>Message</th></tr></thead>\n<tbody>\n");
        foreach (var finding in file.Ordered)
        {
            WriteFinding(output, file, finding, report.FindRule(finding.RuleId));
        }

        output.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteFinding(
        TextWriter output, FileReport file, Finding finding, RuleDescriptor? rule)
    {
        var start = finding.Location.Start;
        var severity = ReportNames.Severity(finding.Severity);
        output.Write($"<tr class=\"finding\"><td class=\"number\">{Number(start.Line)}:"
            + $"{Number(start.Column)}</td><td>{RuleCell(finding.RuleId, rule)}</td>"
            + $"<td class=\"severity-{severity}\">{severity}</td>"
            + $"<td>{ReportNames.Category(finding.Category)}</td><td>");
        output.Write($"<div class=\"message\">{HtmlText.Encode(finding.Message)}</div>");
        if (finding.Fix is { } fix)
        {
            output.Write($"<div class=\"fix\">Fixable with ballast fix: "
                + $"{HtmlText.Encode(fix.Description)}</div>");
        }

        HtmlCodeFrame.Write(output, file.Source, finding.Location);
        output.Write("</td></tr>\n");
    }

    /// <summary>Rules the catalogue lacks, such as the syntax diagnostics, have no page to
    /// link to.</summary>
    private static string RuleCell(string ruleId, RuleDescriptor? rule) => rule is null
        ? HtmlText.Encode(ruleId)
        : $"<a href=\"{HtmlText.Encode(rule.HelpUri)}\" title=\"{HtmlText.Encode(rule.Title)}\">"
            + $"{HtmlText.Encode(ruleId)}</a>";

    private static void WriteCleanFiles(TextWriter output, CheckReport report)
    {
        var clean = report.Files.Where(file => file.Ordered.Count == 0).ToList();
        if (clean.Count == 0)
        {
            return;
        }

        output.Write("<section id=\"clean\">\n<h2>Files without findings</h2>\n<ul>\n");
        foreach (var file in clean)
        {
            output.Write($"<li>{HtmlText.Encode(file.Path)}</li>\n");
        }

        output.Write("</ul>\n</section>\n");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

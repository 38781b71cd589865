using System.Text.Json;
using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The <c>json</c> format: an array with one object per finding, in file order,
/// with <c>file, line, column, endLine, endColumn, rule, severity, category, message,
/// fixable, fix, helpUri</c>. Severities and categories are lower-case words.</summary>
public sealed class JsonFormatter : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output)
    {
        var findings = report.Files
            .SelectMany(file => file.Ordered)
            .Select(finding => ToJson(finding, report.FindRule(finding.RuleId)))
            .ToList();

        var typeInfo = ReportJsonContext.Readable.ListJsonFinding;
        output.Write(JsonSerializer.Serialize(findings, typeInfo));
        output.Write('\n');
    }

    private static JsonFinding ToJson(Finding finding, RuleDescriptor? rule)
    {
        var location = finding.Location;
        return new JsonFinding(
            location.Path,
            location.Start.Line,
            location.Start.Column,
            location.End.Line,
            location.End.Column,
            finding.RuleId,
            ReportNames.Severity(finding.Severity),
            ReportNames.Category(finding.Category),
            finding.Message,
            finding.Fixable,
            finding.Fix?.Description,
            rule?.HelpUri);
    }
}

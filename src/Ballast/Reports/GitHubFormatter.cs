using System.Text;
using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The <c>github</c> format: GitHub Actions workflow commands, one per finding, such
/// as <c>::warning file=Dockerfile,line=3,col=5,endLine=3,endColumn=9,title=BL103::text</c>.
/// GitHub turns each into an annotation on the pull request's diff.</summary>
public sealed class GitHubFormatter : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "github";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output)
    {
        foreach (var finding in report.Files.SelectMany(file => file.Ordered))
        {
            var location = finding.Location;
            var properties = new StringBuilder()
                .Append("file=").Append(EscapeProperty(ReportNames.ForwardSlashes(location.Path)))
                .Append(",line=").Append(location.Start.Line)
                .Append(",col=").Append(location.Start.Column)
                .Append(",endLine=").Append(location.End.Line)
                .Append(",endColumn=").Append(location.End.Column)
                .Append(",title=").Append(EscapeProperty(finding.RuleId));

            // Limitation: GitHub ignores col and endColumn when a span covers several lines
            // and then annotates the whole lines instead.
            var command = Command(finding.Severity);
            output.Write($"::{command} {properties}::{EscapeData(finding.Message)}\n");
        }
    }

    /// <summary>GitHub's annotation levels are error, warning and notice.</summary>
    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>The message may not contain a raw line break, which would end the command,
    /// and a percent sign must be escaped because GitHub decodes percent escapes.</summary>
    internal static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value additionally may not contain the separators of the property
    /// list, the colon and the comma.</summary>
    internal static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}

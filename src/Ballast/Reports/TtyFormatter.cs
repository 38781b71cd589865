using Ballast.Rules;
using Spectre.Console;

namespace Ballast.Reports;

/// <summary>The human format: one line per finding
/// (<c>path:line:column  RULE  severity  category  message</c>), an optional code frame under
/// each, and a summary line at the end.</summary>
public sealed class TtyFormatter : IReportFormatter
{
    private static readonly Style RuleStyle = new(decoration: Decoration.Bold);
    private static readonly Style CategoryStyle = new(foreground: Color.Grey);

    private readonly ReportOptions options;

    /// <summary>Creates the formatter; <paramref name="options"/> decide colour and code
    /// frames.</summary>
    public TtyFormatter(ReportOptions options) => this.options = options;

    /// <inheritdoc />
    public string Name => "tty";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output)
    {
        var pen = new TtyPen(output, options.Colour);
        foreach (var file in report.Files)
        {
            foreach (var finding in file.Ordered)
            {
                WriteFinding(pen, finding);
                if (options.CodeFrames)
                {
                    var caretStyle = SeverityStyle(finding.Severity);
                    CodeFrame.Write(pen, file.Source, finding.Location, caretStyle);
                }
            }
        }

        WriteSummary(pen, report.Counts);
    }

    /// <summary>The style a severity is printed in.</summary>
    internal static Style SeverityStyle(Severity severity) => severity switch
    {
        Severity.Error => new Style(foreground: Color.Red, decoration: Decoration.Bold),
        Severity.Warning => new Style(foreground: Color.Yellow),
        Severity.Info => new Style(foreground: Color.Blue),
        _ => new Style(foreground: Color.Grey),
    };

    private static void WriteFinding(TtyPen pen, Finding finding)
    {
        var location = finding.Location;
        pen.Write($"{location.Path}:{location.Start.Line}:{location.Start.Column}");
        pen.Write("  ");
        pen.Write(finding.RuleId, RuleStyle);
        pen.Write("  ");
        pen.Write(ReportNames.Severity(finding.Severity), SeverityStyle(finding.Severity));
        pen.Write("  ");
        pen.Write(ReportNames.Category(finding.Category), CategoryStyle);
        pen.Write("  ");
        pen.Write(ReportNames.SingleLine(finding.Message));
        pen.EndLine();
    }

    private static void WriteSummary(TtyPen pen, FindingCounts counts)
    {
        var style = counts.Errors > 0
            ? SeverityStyle(Severity.Error)
            : new Style(decoration: Decoration.Bold);
        if (counts.Total > 0)
        {
            pen.EndLine();
        }

        pen.Write(counts.ToSentence(), style);
        pen.EndLine();
    }
}

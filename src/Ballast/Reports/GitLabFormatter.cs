using System.Text.Json;
using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The <c>gitlab</c> format: a GitLab Code Quality report, a JSON array of issues
/// with <c>description, check_name, fingerprint, severity, location.path,
/// location.lines.begin</c>.</summary>
public sealed class GitLabFormatter : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "gitlab";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output)
    {
        var issues = report.Files.SelectMany(ToIssues).ToList();

        output.Write(JsonSerializer.Serialize(issues, ReportJsonContext.Readable.ListGitLabIssue));
        output.Write('\n');
    }

    /// <summary>GitLab compares fingerprints between the base and the merge request to tell
    /// new problems from old ones; see <see cref="FindingFingerprint"/>.</summary>
    private static IEnumerable<GitLabIssue> ToIssues(FileReport file)
    {
        var fingerprints = FindingFingerprint.Of(file);
        return file.Ordered.Select((finding, index) => new GitLabIssue(
            $"{finding.RuleId}: {finding.Message}",
            finding.RuleId,
            fingerprints[index],
            Severity(finding.Severity),
            new GitLabLocation(
                ReportNames.ForwardSlashes(finding.Location.Path),
                new GitLabLines(finding.Location.Start.Line))));
    }

    /// <summary>GitLab's scale is info, minor, major, critical, blocker; Ballast leaves
    /// blocker to the team's own policy.</summary>
    private static string Severity(Severity severity) => severity switch
    {
        Rules.Severity.Error => "critical",
        Rules.Severity.Warning => "major",
        Rules.Severity.Info => "minor",
        _ => "info",
    };
}

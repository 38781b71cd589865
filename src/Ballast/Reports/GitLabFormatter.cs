using System.Security.Cryptography;
using System.Text;
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

    private static IEnumerable<GitLabIssue> ToIssues(FileReport file)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in file.Ordered)
        {
            var identity = Identity(file, finding);
            var occurrence = seen.GetValueOrDefault(identity);
            seen[identity] = occurrence + 1;

            yield return new GitLabIssue(
                $"{finding.RuleId}: {finding.Message}",
                finding.RuleId,
                Fingerprint(identity, occurrence),
                Severity(finding.Severity),
                new GitLabLocation(
                    ReportNames.ForwardSlashes(finding.Location.Path),
                    new GitLabLines(finding.Location.Start.Line)));
        }
    }

    /// <summary>GitLab compares fingerprints between the base and the merge request to tell
    /// new problems from old ones. The fingerprint therefore leaves out line numbers, which
    /// move whenever a line is added above, and uses the flagged text instead.</summary>
    private static string Identity(FileReport file, Finding finding)
    {
        var span = finding.Location.Span;
        var start = Math.Clamp(span.Start, 0, file.Source.Text.Length);
        var end = Math.Clamp(span.End, start, file.Source.Text.Length);
        var text = string.Join(' ', file.Source.Text[start..end]
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        return $"{ReportNames.ForwardSlashes(finding.Location.Path)}\n{finding.RuleId}\n{text}";
    }

    private static string Fingerprint(string identity, int occurrence)
    {
        var bytes = Encoding.UTF8.GetBytes($"{identity}\n{occurrence}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
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

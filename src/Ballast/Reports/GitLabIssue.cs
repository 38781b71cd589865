using System.Text.Json.Serialization;

namespace Ballast.Reports;

// One entry of a GitLab Code Quality report, with the property names GitLab documents.

internal sealed record GitLabIssue(
    string Description,
    [property: JsonPropertyName("check_name")] string CheckName,
    string Fingerprint,
    string Severity,
    GitLabLocation Location);

internal sealed record GitLabLocation(string Path, GitLabLines Lines);

internal sealed record GitLabLines(int Begin);

using System.Security.Cryptography;
using System.Text;
using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>Fingerprints that code review services (GitLab Code Quality, SARIF viewers) compare
/// between two runs to tell new findings from old ones.</summary>
internal static class FindingFingerprint
{
    /// <summary>One fingerprint per finding of <paramref name="file"/>, in
    /// <see cref="FileReport.Ordered"/> order. The fingerprint leaves out line numbers, which
    /// move whenever a line is added above, and uses the path, the rule and the flagged text
    /// with its spacing folded; identical findings in one file are told apart by their
    /// order.</summary>
    public static IReadOnlyList<string> Of(FileReport file)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new List<string>();
        foreach (var finding in file.Ordered)
        {
            var identity = Identity(file, finding);
            var occurrence = seen.GetValueOrDefault(identity);
            seen[identity] = occurrence + 1;

            var bytes = Encoding.UTF8.GetBytes($"{identity}\n{occurrence}");
            fingerprints.Add(Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]);
        }

        return fingerprints;
    }

    private static string Identity(FileReport file, Finding finding)
    {
        var span = finding.Location.Span;
        var start = Math.Clamp(span.Start, 0, file.Source.Text.Length);
        var end = Math.Clamp(span.End, start, file.Source.Text.Length);
        var text = string.Join(' ', file.Source.Text[start..end]
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        return $"{ReportNames.ForwardSlashes(finding.Location.Path)}\n{finding.RuleId}\n{text}";
    }
}

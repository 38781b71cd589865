using System.Text.Json;
using Ballast.Images;

namespace Ballast.Vulnerabilities;

/// <summary>
/// Reads a vulnerability report another scanner wrote (<c>--vulns-from FILE</c>): Trivy's
/// JSON (<c>Results[].Vulnerabilities[]</c>) or Grype's JSON (<c>matches[]</c>), told apart
/// by their top-level fields.
/// </summary>
public static class ScannerReport
{
    /// <summary>Reads a report file; false with a message naming the file when it cannot.</summary>
    public static bool TryRead(string path, out VulnerabilityScan? scan, out string? error)
    {
        scan = null;
        try
        {
            return TryParse(File.ReadAllText(path), path, out scan, out error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read: {e.Message}";
            return false;
        }
    }

    /// <summary>
    /// Reads report text; <paramref name="location"/> names it in messages. False with a
    /// message (and the line, for malformed JSON) when it is not a Trivy or Grype report.
    /// </summary>
    public static bool TryParse(
        string json,
        string location,
        out VulnerabilityScan? scan,
        out string? error)
    {
        scan = null;
        error = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("matches", out _))
            {
                scan = FromGrype(root.Deserialize(ScannerReportJsonContext.Default.GrypeReport)!);
                return true;
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Results", out _))
            {
                scan = FromTrivy(root.Deserialize(ScannerReportJsonContext.Default.TrivyReport)!);
                return true;
            }

            error = $"{location}: not a Trivy or Grype JSON report (no \"Results\" or \"matches\")";
            return false;
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $"line {n + 1}: " : "";
            error = $"{location}: {line}invalid JSON report: {e.Message.Split(". ")[0]}.";
            return false;
        }
    }

    private static VulnerabilityScan FromTrivy(TrivyReport report)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var matches = new List<VulnerabilityMatch>();
        foreach (var result in report.Results ?? [])
        {
            var ecosystem = result.Type ?? "";
            foreach (var package in result.Packages ?? [])
            {
                names.Add(package.Name ?? "");
            }

            foreach (var v in result.Vulnerabilities ?? [])
            {
                if (v.Id is null || v.PackageName is null)
                {
                    continue;
                }

                names.Add(v.PackageName);
                matches.Add(new VulnerabilityMatch(
                    Package(ecosystem, v.PackageName, v.InstalledVersion),
                    v.Id,
                    [],
                    SeverityRating.FromName(v.Severity),
                    string.IsNullOrEmpty(v.FixedVersion) ? null : v.FixedVersion));
            }
        }

        names.Remove("");
        return new VulnerabilityScan("trivy", [.. names], matches, []);
    }

    private static VulnerabilityScan FromGrype(GrypeReport report)
    {
        var matches = new List<VulnerabilityMatch>();
        foreach (var match in report.Matches ?? [])
        {
            if (match.Vulnerability?.Id is not { } id || match.Artifact?.Name is not { } name)
            {
                continue;
            }

            var related = (match.Related ?? []).Select(r => r.Id).OfType<string>().ToList();
            var fix = match.Vulnerability.Fix?.Versions is [var first, ..] ? first : null;
            matches.Add(new VulnerabilityMatch(
                Package(match.Artifact.Type ?? "", name, match.Artifact.Version),
                id,
                related,
                SeverityRating.FromName(match.Vulnerability.Severity),
                fix));
        }

        var names = matches.Select(m => m.Package.Name).Distinct().Order(StringComparer.Ordinal);
        return new VulnerabilityScan("grype", [.. names], matches, []);
    }

    // Reports name the binary package; the source is not needed once matching is done.
    private static InstalledPackage Package(string ecosystem, string name, string? version) =>
        new(ecosystem, name, version ?? "", name, version ?? "");
}

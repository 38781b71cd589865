using System.Text.Json;

namespace Ballast.Vulnerabilities;

/// <summary>Finds the severity an OSV record gives one affected package.</summary>
internal static class OsvSeverityReader
{
    private static readonly string[] RatingProperties = ["urgency", "priority", "severity"];

    /// <summary>
    /// The distribution's own rating first (Debian urgency, Ubuntu priority, a database's
    /// severity word), because distributions rate the package they ship, backports included;
    /// then the CVSS 3.x base score; unknown otherwise.
    /// </summary>
    public static VulnerabilitySeverity Read(OsvRecord record, OsvAffected affected)
    {
        var specific = new[]
        {
            affected.EcosystemSpecific, affected.DatabaseSpecific, record.DatabaseSpecific,
        };
        var rated = specific
            .Select(RatingWord)
            .Concat(AllSeverities(record, affected)
                .Where(s => s.Type == "Ubuntu")
                .Select(s => s.Score))
            .Select(SeverityRating.FromName)
            .FirstOrDefault(s => s != VulnerabilitySeverity.Unknown);
        if (rated != VulnerabilitySeverity.Unknown)
        {
            return rated;
        }

        // Limitation: CVSS v4 vectors are not scored (the v4 score comes from a large lookup
        // table, not a formula); a record with only a v4 vector counts as unknown.
        foreach (var severity in AllSeverities(record, affected))
        {
            if (severity.Type is "CVSS_V3" && CvssV3Vector.TryParse(severity.Score, out var vector))
            {
                return SeverityRating.FromCvssScore(vector!.BaseScore);
            }
        }

        return VulnerabilitySeverity.Unknown;
    }

    private static IEnumerable<OsvSeverity> AllSeverities(OsvRecord record, OsvAffected affected) =>
        (affected.Severity ?? []).Concat(record.Severity ?? []);

    private static string? RatingWord(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (var name in RatingProperties)
        {
            if (value.TryGetProperty(name, out var property)
                && property.ValueKind == JsonValueKind.String)
            {
                return property.GetString();
            }
        }

        return null;
    }
}

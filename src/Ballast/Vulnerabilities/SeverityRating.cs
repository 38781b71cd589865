namespace Ballast.Vulnerabilities;

/// <summary>Turns CVSS scores and rating words into a severity.</summary>
public static class SeverityRating
{
    /// <summary>The CVSS v3 qualitative rating of a base score.</summary>
    public static VulnerabilitySeverity FromCvssScore(double score) => score switch
    {
        <= 0.0 => VulnerabilitySeverity.Negligible,
        < 4.0 => VulnerabilitySeverity.Low,
        < 7.0 => VulnerabilitySeverity.Medium,
        < 9.0 => VulnerabilitySeverity.High,
        _ => VulnerabilitySeverity.Critical,
    };

    /// <summary>
    /// Reads a rating word in any case: Debian urgencies (<c>unimportant</c>, <c>low**</c>),
    /// Ubuntu priorities, GitHub's <c>moderate</c>, Red Hat's <c>important</c>, Trivy's and
    /// Grype's severities. Words that state no rating (<c>not yet assigned</c>,
    /// <c>untriaged</c>) give <see cref="VulnerabilitySeverity.Unknown"/>.
    /// </summary>
    public static VulnerabilitySeverity FromName(string? name)
    {
        // Debian marks urgencies it guessed rather than assessed with trailing asterisks.
        var word = (name ?? "").Trim().TrimEnd('*').ToLowerInvariant();
        return word switch
        {
            "negligible" or "unimportant" or "none" => VulnerabilitySeverity.Negligible,
            "low" => VulnerabilitySeverity.Low,
            "medium" or "moderate" => VulnerabilitySeverity.Medium,
            "high" or "important" => VulnerabilitySeverity.High,
            "critical" => VulnerabilitySeverity.Critical,
            _ => VulnerabilitySeverity.Unknown,
        };
    }
}

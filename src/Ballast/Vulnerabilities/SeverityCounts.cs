namespace Ballast.Vulnerabilities;

/// <summary>How many vulnerabilities fall in each severity; a difference may be negative.</summary>
public sealed record SeverityCounts(
    int Unknown,
    int Negligible,
    int Low,
    int Medium,
    int High,
    int Critical)
{
    /// <summary>No vulnerabilities at all.</summary>
    public static SeverityCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The sum over every severity.</summary>
    public int Total => Unknown + Negligible + Low + Medium + High + Critical;

    /// <summary>Counts each match once under its severity.</summary>
    public static SeverityCounts Of(IEnumerable<VulnerabilityMatch> matches)
    {
        var counts = new int[Enum.GetValues<VulnerabilitySeverity>().Length];
        foreach (var match in matches)
        {
            counts[(int)match.Severity]++;
        }

        return new SeverityCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /// <summary>The count for one severity.</summary>
    public int this[VulnerabilitySeverity severity] => severity switch
    {
        VulnerabilitySeverity.Negligible => Negligible,
        VulnerabilitySeverity.Low => Low,
        VulnerabilitySeverity.Medium => Medium,
        VulnerabilitySeverity.High => High,
        VulnerabilitySeverity.Critical => Critical,
        _ => Unknown,
    };

    /// <summary>These counts minus <paramref name="other"/>, severity by severity.</summary>
    public SeverityCounts Minus(SeverityCounts other) => new(
        Unknown - other.Unknown,
        Negligible - other.Negligible,
        Low - other.Low,
        Medium - other.Medium,
        High - other.High,
        Critical - other.Critical);
}

namespace Ballast.Vulnerabilities;

/// <summary>
/// The base metrics of a CVSS 3.0 or 3.1 vector such as
/// <c>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>, and the base score they give.
/// </summary>
public sealed class CvssV3Vector
{
    private static readonly string[] BaseMetrics = ["AV", "AC", "PR", "UI", "S", "C", "I", "A"];

    private readonly IReadOnlyDictionary<string, char> metrics;

    private CvssV3Vector(IReadOnlyDictionary<string, char> metrics)
    {
        this.metrics = metrics;
    }

    /// <summary>The base score, 0.0 to 10.0, rounded up to one decimal as CVSS 3.1 says.</summary>
    public double BaseScore => ComputeBaseScore();

    /// <summary>
    /// Reads a vector; false when it is not CVSS 3.x or lacks a base metric. Temporal and
    /// environmental metrics are accepted and ignored.
    /// </summary>
    public static bool TryParse(string? text, out CvssV3Vector? vector)
    {
        vector = null;
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length == 0 || parts[0] is not ("CVSS:3.0" or "CVSS:3.1"))
        {
            return false;
        }

        var metrics = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon != part.Length - 2)
            {
                return false;
            }

            metrics[part[..colon]] = part[^1];
        }

        if (!BaseMetrics.All(metrics.ContainsKey) || !HasKnownValues(metrics))
        {
            return false;
        }

        vector = new CvssV3Vector(metrics);
        return true;
    }

    private static bool HasKnownValues(Dictionary<string, char> m) =>
        "NALP".Contains(m["AV"]) && "LH".Contains(m["AC"]) && "NLH".Contains(m["PR"])
        && "NR".Contains(m["UI"]) && "UC".Contains(m["S"])
        && "HLN".Contains(m["C"]) && "HLN".Contains(m["I"]) && "HLN".Contains(m["A"]);

    private double ComputeBaseScore()
    {
        var scopeChanged = metrics["S"] == 'C';
        var impactSubScore = 1 - ((1 - Impact(metrics["C"]))
            * (1 - Impact(metrics["I"]))
            * (1 - Impact(metrics["A"])));
        var impact = scopeChanged
            ? (7.52 * (impactSubScore - 0.029)) - (3.25 * Math.Pow(impactSubScore - 0.02, 15))
            : 6.42 * impactSubScore;
        if (impact <= 0)
        {
            return 0;
        }

        var exploitability = 8.22 * AttackVector() * AttackComplexity()
            * PrivilegesRequired(scopeChanged) * UserInteraction();
        var total = scopeChanged ? 1.08 * (impact + exploitability) : impact + exploitability;
        return RoundUp(Math.Min(total, 10));
    }

    private double AttackVector() => metrics["AV"] switch
    {
        'N' => 0.85,
        'A' => 0.62,
        'L' => 0.55,
        _ => 0.2,
    };

    private double AttackComplexity() => metrics["AC"] == 'L' ? 0.77 : 0.44;

    private double PrivilegesRequired(bool scopeChanged) => metrics["PR"] switch
    {
        'N' => 0.85,
        'L' => scopeChanged ? 0.68 : 0.62,
        _ => scopeChanged ? 0.5 : 0.27,
    };

    private double UserInteraction() => metrics["UI"] == 'N' ? 0.85 : 0.62;

    private static double Impact(char value) => value switch
    {
        'H' => 0.56,
        'L' => 0.22,
        _ => 0,
    };

    // CVSS 3.1 rounds up on an integer scale so floating-point noise cannot add a tenth.
    private static double RoundUp(double value)
    {
        var scaled = (long)Math.Round(value * 100000);
        return scaled % 10000 == 0 ? scaled / 100000.0 : (Math.Floor(scaled / 10000.0) + 1) / 10.0;
    }
}

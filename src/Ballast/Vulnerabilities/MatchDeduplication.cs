namespace Ballast.Vulnerabilities;

/// <summary>
/// Collapses matches that describe the same issue in the same package. Debian publishes a
/// DSA and a per-CVE record for one fix; GitHub and PyPI publish the same CVE under their own
/// ids. Counting each would inflate the numbers.
/// </summary>
internal static class MatchDeduplication
{
    public static IReadOnlyList<VulnerabilityMatch> Apply(IEnumerable<VulnerabilityMatch> matches)
    {
        return matches
            .GroupBy(m => m.Package.Name, StringComparer.Ordinal)
            .SelectMany(DistinctInPackage)
            .ToList();
    }

    private static IEnumerable<VulnerabilityMatch> DistinctInPackage(
        IEnumerable<VulnerabilityMatch> matches)
    {
        var byIssue = matches
            .GroupBy(IssueKey, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Match: Strongest(g)))
            .ToList();
        var keys = byIssue.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);

        foreach (var (key, match) in byIssue)
        {
            var cves = Cves(match).ToList();
            var coveredElsewhere = !IsCve(key) && cves.Count > 0 && cves.All(keys.Contains);
            if (!coveredElsewhere)
            {
                yield return match;
            }
        }
    }

    // An advisory about exactly one CVE is that CVE; one about several stays itself.
    private static string IssueKey(VulnerabilityMatch match)
    {
        if (IsCve(match.Id))
        {
            return match.Id;
        }

        var cves = Cves(match).Distinct(StringComparer.Ordinal).ToList();
        return cves.Count == 1 ? cves[0] : match.Id;
    }

    private static VulnerabilityMatch Strongest(IEnumerable<VulnerabilityMatch> sameIssue)
    {
        var all = sameIssue.ToList();
        var severity = all.Max(m => m.Severity);
        var preferred = all.FirstOrDefault(m => IsCve(m.Id)) ?? all[0];
        var fixedVersion = all.Select(m => m.FixedVersion).FirstOrDefault(f => f is not null);
        return preferred with { Severity = severity, FixedVersion = fixedVersion };
    }

    private static IEnumerable<string> Cves(VulnerabilityMatch match) =>
        match.Aliases.Where(IsCve);

    private static bool IsCve(string id) => id.StartsWith("CVE-", StringComparison.Ordinal);
}

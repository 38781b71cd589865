namespace Ballast.Vulnerabilities;

/// <summary>Decides whether a version falls in an OSV <c>affected</c> entry.</summary>
internal static class OsvAffectedVersions
{
    /// <summary>
    /// True when the version is listed explicitly or lies in one of the entry's
    /// <c>ECOSYSTEM</c> or <c>SEMVER</c> ranges; <paramref name="fixedVersion"/> is then the
    /// lowest <c>fixed</c> event above the version, if any.
    /// </summary>
    public static bool IsAffected(
        OsvAffected affected,
        string version,
        IComparer<string> order,
        out string? fixedVersion)
    {
        fixedVersion = null;
        var listed = (affected.Versions ?? []).Any(v => order.Compare(v, version) == 0);
        var inRange = false;
        foreach (var range in affected.Ranges ?? [])
        {
            var rangeOrder = range.Type switch
            {
                "ECOSYSTEM" => order,
                "SEMVER" => SemanticVersionComparer.Instance,
                _ => null,
            };

            // Limitation: GIT ranges name commits, which an installed package does not record.
            if (rangeOrder is null || !InRange(range, version, rangeOrder))
            {
                continue;
            }

            inRange = true;
            fixedVersion ??= LowestFixAbove(range, version, rangeOrder);
        }

        return listed || inRange;
    }

    private static bool InRange(OsvRange range, string version, IComparer<string> order)
    {
        var events = (range.Events ?? [])
            .Order(Comparer<OsvEvent>.Create((a, b) => CompareEvents(a, b, order)))
            .ToList();
        var limited = events.Any(e => e.Limit is { } limit && order.Compare(version, limit) >= 0);
        if (limited)
        {
            return false;
        }

        var affected = false;
        foreach (var e in events)
        {
            if (e.Introduced is { } introduced)
            {
                affected |= introduced == "0" || order.Compare(version, introduced) >= 0;
            }
            else if (e.Fixed is { } fixedAt && order.Compare(version, fixedAt) >= 0)
            {
                affected = false;
            }
            else if (e.LastAffected is { } last && order.Compare(version, last) > 0)
            {
                affected = false;
            }
        }

        return affected;
    }

    private static string? LowestFixAbove(OsvRange range, string version, IComparer<string> order)
    {
        return (range.Events ?? [])
            .Select(e => e.Fixed)
            .OfType<string>()
            .Where(f => order.Compare(version, f) < 0)
            .Order(order)
            .FirstOrDefault();
    }

    // "0" stands for the start of time and sorts before every version.
    private static int CompareEvents(OsvEvent a, OsvEvent b, IComparer<string> order)
    {
        var left = EventVersion(a);
        var right = EventVersion(b);
        if (left == "0" || right == "0")
        {
            return (left == "0" ? 0 : 1) - (right == "0" ? 0 : 1);
        }

        return order.Compare(left, right);
    }

    private static string EventVersion(OsvEvent e) =>
        e.Introduced ?? e.Fixed ?? e.LastAffected ?? e.Limit ?? "";
}

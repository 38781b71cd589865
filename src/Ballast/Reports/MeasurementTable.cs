using System.Globalization;
using Ballast.Vulnerabilities;
using Ballast.Workflows;

namespace Ballast.Reports;

/// <summary>The rows every text format of a measurement shows, in order.</summary>
public static class MeasurementTable
{
    /// <summary>Size, layers, packages, waste, build and rebuild time, smoke result,
    /// vulnerabilities (or exposure figures without a database).</summary>
    public static IReadOnlyList<MeasurementRow> Rows(Measurement measurement)
    {
        var (a, b) = (measurement.Before, measurement.After);
        var rows = new List<MeasurementRow>
        {
            Bytes("Size (uncompressed)", a.Analysis.TotalBytes, b.Analysis.TotalBytes),
        };
        if (a.Analysis.CompressedBytes is { } ca && b.Analysis.CompressedBytes is { } cb)
        {
            rows.Add(Bytes("Size (compressed)", ca, cb));
        }

        rows.Add(Count("Layers", a.Analysis.Layers.Count, b.Analysis.Layers.Count));
        rows.Add(Count("Packages", a.Exposure.PackageCount, b.Exposure.PackageCount));
        rows.Add(Bytes("Wasted bytes", a.Analysis.WastedBytes, b.Analysis.WastedBytes));
        rows.Add(new MeasurementRow("Efficiency", Percent(a.Analysis.Efficiency),
            Percent(b.Analysis.Efficiency), ""));
        AddTimes(rows, "Build time", a.BuildTime, b.BuildTime);
        AddTimes(rows, "Rebuild after a source change", a.RebuildTime, b.RebuildTime);
        if (a.Smoke is not null || b.Smoke is not null)
        {
            rows.Add(new MeasurementRow("Smoke test", a.Smoke?.Summary ?? "-",
                b.Smoke?.Summary ?? "-", ""));
        }

        rows.AddRange(measurement.Vulnerabilities is { } comparison
            ? [Vulnerabilities(comparison)]
            : Exposure(a.Exposure, b.Exposure));
        return rows;
    }

    /// <summary>Bytes in decimal megabytes with one decimal, such as <c>312.4 MB</c>.</summary>
    public static string Megabytes(long bytes) =>
        (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static MeasurementRow Bytes(string name, long before, long after) =>
        new(name, Megabytes(before), Megabytes(after), PercentChange(before, after));

    private static MeasurementRow Count(string name, int before, int after) =>
        new(name, Text(before), Text(after), PercentChange(before, after));

    private static void AddTimes(List<MeasurementRow> rows, string name, TimeSpan? a, TimeSpan? b)
    {
        if (a is null && b is null)
        {
            return;
        }

        rows.Add(new MeasurementRow(name, Seconds(a), Seconds(b),
            a is { } x && b is { } y ? PercentChange(x.Ticks, y.Ticks) : ""));
    }

    private static MeasurementRow Vulnerabilities(VulnerabilityComparison comparison) => new(
        "Vulnerabilities",
        Severities(comparison.BeforeCounts),
        Severities(comparison.AfterCounts),
        PercentChange(comparison.BeforeCounts.Total, comparison.AfterCounts.Total));

    private static IEnumerable<MeasurementRow> Exposure(ExposureFigures a, ExposureFigures b)
    {
        yield return Count("Compilers", a.Compilers.Count, b.Compilers.Count);
        yield return Count("Shells", a.Shells.Count, b.Shells.Count);
        yield return Count("Package managers", a.PackageManagers.Count, b.PackageManagers.Count);
        yield return Count("-dev packages", a.DevelopmentPackages.Count,
            b.DevelopmentPackages.Count);
        yield return Count("Setuid/setgid files", a.SetuidFiles.Count, b.SetuidFiles.Count);
    }

    /// <summary>A total with its critical and high share, such as
    /// <c>41 (2 critical, 9 high)</c>.</summary>
    public static string Severities(SeverityCounts counts) =>
        $"{Text(counts.Total)} ({Text(counts.Critical)} critical, {Text(counts.High)} high)";

    private static string Seconds(TimeSpan? time) => time is { } value
        ? value.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : "-";

    private static string Percent(double ratio) =>
        (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string PercentChange(long before, long after)
    {
        if (before == after)
        {
            return "same";
        }

        if (before == 0)
        {
            return "new";
        }

        var change = (after - before) * 100.0 / before;
        return (change > 0 ? "+" : "") + change.ToString("0", CultureInfo.InvariantCulture) + "%";
    }
}

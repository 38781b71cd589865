using System.Globalization;
using Ballast.Vulnerabilities;
using Ballast.Workflows;

namespace Ballast.Reports;

/// <summary>The charts of an HTML measurement: one pair of bars per figure, original and
/// rewrite, and the vulnerabilities (or, without a database, the exposure figures) grouped by
/// kind. Each caption carries the change from <see cref="MeasurementTable"/>, so charts and
/// table never disagree.</summary>
internal static class MeasurementCharts
{
    private static readonly VulnerabilitySeverity[] Severities =
    [
        VulnerabilitySeverity.Critical, VulnerabilitySeverity.High, VulnerabilitySeverity.Medium,
        VulnerabilitySeverity.Low, VulnerabilitySeverity.Negligible, VulnerabilitySeverity.Unknown,
    ];

    public static void Write(
        TextWriter output, Measurement measurement, IReadOnlyList<MeasurementRow> rows)
    {
        var (a, b) = (ImageFigures.Of(measurement.Before), ImageFigures.Of(measurement.After));
        output.Write("<section id=\"charts\">\n<h2>Charts</h2>\n<div class=\"charts\">\n");
        Pair(output, rows, "Size (uncompressed)", a, b, a.Bytes, b.Bytes, Megabytes);
        if (a.CompressedBytes is { } ca && b.CompressedBytes is { } cb)
        {
            Pair(output, rows, "Size (compressed)", a, b, ca, cb, Megabytes);
        }

        Pair(output, rows, "Layers", a, b, a.Layers, b.Layers, Count);
        Pair(output, rows, "Wasted bytes", a, b, a.WastedBytes, b.WastedBytes, Megabytes);
        Pair(output, rows, "Packages", a, b, a.Packages, b.Packages, Count);
        if (measurement.Vulnerabilities is { } comparison)
        {
            Vulnerabilities(output, rows, comparison);
        }
        else
        {
            Exposure(output, a.Exposure, b.Exposure);
        }

        output.Write("</div>\n</section>\n");
    }

    private static void Pair(
        TextWriter output,
        IReadOnlyList<MeasurementRow> rows,
        string name,
        ImageFigures a,
        ImageFigures b,
        long before,
        long after,
        Func<long, string> text)
    {
        HtmlBarChart.Write(output, $"{name} of {a.Label} and {b.Label}", Caption(rows, name),
        [
            new ChartBar(a.Label, before, text(before), "before"),
            new ChartBar(b.Label, after, text(after), "after"),
        ]);
    }

    private static void Vulnerabilities(
        TextWriter output, IReadOnlyList<MeasurementRow> rows, VulnerabilityComparison comparison)
    {
        var bars = Severities.SelectMany(severity => Grouped(
                severity.ToString().ToLowerInvariant(),
                comparison.BeforeCounts[severity],
                comparison.AfterCounts[severity]))
            .ToList();
        HtmlBarChart.Write(output, "Vulnerabilities by severity, before and after",
            Caption(rows, "Vulnerabilities") + " (by severity)", bars);
    }

    private static void Exposure(TextWriter output, ExposureFigures a, ExposureFigures b)
    {
        var bars = new[]
            {
                ("compilers", a.Compilers.Count, b.Compilers.Count),
                ("shells", a.Shells.Count, b.Shells.Count),
                ("package managers", a.PackageManagers.Count, b.PackageManagers.Count),
                ("-dev packages", a.DevelopmentPackages.Count, b.DevelopmentPackages.Count),
                ("setuid/setgid", a.SetuidFiles.Count, b.SetuidFiles.Count),
            }
            .SelectMany(kind => Grouped(kind.Item1, kind.Item2, kind.Item3))
            .ToList();
        HtmlBarChart.Write(output, "Exposure figures, before and after",
            "Exposure (no vulnerability database)", bars);
    }

    private static IEnumerable<ChartBar> Grouped(string kind, int before, int after)
    {
        yield return new ChartBar($"{kind}, before", before, Count(before), "before");
        yield return new ChartBar($"{kind}, after", after, Count(after), "after");
    }

    /// <summary>The figure's name with its change as the table states it.</summary>
    private static string Caption(IReadOnlyList<MeasurementRow> rows, string name)
    {
        var change = rows.FirstOrDefault(row => row.Name == name)?.Change ?? "";
        return change.Length == 0 ? name : $"{name}: {change}";
    }

    private static string Megabytes(long bytes) => MeasurementTable.Megabytes(bytes);

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using Ballast.Vulnerabilities;
using Ballast.Workflows;

namespace Ballast.Reports;

/// <summary>The <c>html</c> format of <c>measure</c> and <c>compare</c>: one self-contained
/// page with the smoke result, the before-and-after table, a bar chart per figure, the
/// largest layers of each image, the removed packages and the notes.</summary>
public sealed class MeasurementHtmlFormatter : IMeasurementFormatter
{
    /// <summary>Layers listed per image; the largest few explain most of a size.</summary>
    public const int LargestLayers = 5;

    /// <summary>Removed packages listed before the list says how many more there are.</summary>
    public const int MaximumRemovedPackages = 100;

    private const int LongestInstruction = 120;

    private readonly DateTimeOffset? generatedAt;

    /// <summary>Creates the formatter. The page names <paramref name="generatedAt"/> in its
    /// footer when given; without it the same measurement always gives the same page.</summary>
    public MeasurementHtmlFormatter(DateTimeOffset? generatedAt = null) =>
        this.generatedAt = generatedAt;

    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public void Write(Measurement measurement, TextWriter output)
    {
        var rows = MeasurementTable.Rows(measurement);
        var (before, after) = (measurement.Before.Label, measurement.After.Label);
        HtmlPage.WriteStart(output, "Ballast measurement");
        output.Write("<header>\n<h1>Ballast measurement</h1>\n");
        output.Write($"<p class=\"lead\">Before: <strong>{HtmlText.Encode(before)}</strong>; "
            + $"after: <strong>{HtmlText.Encode(after)}</strong>.</p>\n</header>\n");

        WriteSmoke(output, measurement);
        WriteFigures(output, measurement, rows);
        MeasurementCharts.Write(output, measurement, rows);
        WriteLayers(output, measurement);
        WriteRemovedPackages(output, measurement);
        WriteNotes(output, measurement.Notes);
        HtmlPage.WriteEnd(output, generatedAt);
    }

    private static void WriteSmoke(TextWriter output, Measurement measurement)
    {
        output.Write("<section id=\"smoke\">\n<h2>Does the rewrite still run?</h2>\n");
        var after = measurement.After.Smoke;
        output.Write(after switch
        {
            null => "<p>Not known: no smoke command was run.</p>\n",
            { Passed: true } => "<p class=\"passed\">Yes: its smoke run passed.</p>\n",
            _ => $"<p class=\"failed\">No: its smoke run ended with "
                + $"{HtmlText.Encode(after.Summary)}.</p>\n",
        });
        if (measurement.Before.Smoke is null && after is null)
        {
            output.Write("</section>\n");
            return;
        }

        output.Write("<table>\n<thead><tr><th>Image</th><th>Result</th><th>Command</th>"
            + "<th>Time</th><th>Output (end)</th></tr></thead>\n<tbody>\n");
        WriteSmokeRow(output, measurement.Before);
        WriteSmokeRow(output, measurement.After);
        output.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteSmokeRow(TextWriter output, ImageMeasurement image)
    {
        output.Write($"<tr><td>{HtmlText.Encode(image.Label)}</td>");
        if (image.Smoke is not { } smoke)
        {
            output.Write("<td>not run</td><td></td><td></td><td></td></tr>\n");
            return;
        }

        var tone = smoke.Passed ? "passed" : "failed";
        var seconds = smoke.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var tail = smoke.OutputTail.Length == 0
            ? ""
            : $"<pre>{HtmlText.Encode(smoke.OutputTail)}</pre>";
        output.Write($"<td class=\"{tone}\">{HtmlText.Encode(smoke.Summary)}</td>"
            + $"<td><code>{HtmlText.Encode(string.Join(' ', smoke.Command))}</code></td>"
            + $"<td class=\"number\">{seconds} s</td><td>{tail}</td></tr>\n");
    }

    private static void WriteFigures(
        TextWriter output, Measurement measurement, IReadOnlyList<MeasurementRow> rows)
    {
        output.Write("<section id=\"figures\">\n<h2>Figures</h2>\n");
        output.Write("<p class=\"muted\">Every figure was measured from the two images; none is "
            + "an estimate. Change is (after \u2212 before) / before.</p>\n");
        output.Write($"<table class=\"figures\">\n<thead><tr><th>Figure</th>"
            + $"<th>{HtmlText.Encode(measurement.Before.Label)}</th>"
            + $"<th>{HtmlText.Encode(measurement.After.Label)}</th><th>Change</th></tr></thead>\n"
            + "<tbody>\n");
        foreach (var row in rows)
        {
            output.Write($"<tr class=\"figure\"><th scope=\"row\">{HtmlText.Encode(row.Name)}</th>"
                + $"<td class=\"number\">{HtmlText.Encode(row.Before)}</td>"
                + $"<td class=\"number\">{HtmlText.Encode(row.After)}</td>"
                + $"<td class=\"number\">{HtmlText.Encode(row.Change)}</td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteLayers(TextWriter output, Measurement measurement)
    {
        output.Write("<section id=\"layers\">\n<h2>Largest layers</h2>\n"
            + "<div class=\"side-by-side\">\n");
        WriteLayerTable(output, measurement.Before);
        WriteLayerTable(output, measurement.After);
        output.Write("</div>\n</section>\n");
    }

    private static void WriteLayerTable(TextWriter output, ImageMeasurement image)
    {
        var layers = image.Analysis.Layers
            .OrderByDescending(layer => layer.Size)
            .ThenBy(layer => layer.Index)
            .Take(LargestLayers)
            .ToList();
        output.Write($"<table class=\"layers\">\n<caption>{HtmlText.Encode(image.Label)}: "
            + $"{Plural(image.Analysis.Layers.Count, "layer")}</caption>\n<thead><tr><th>#</th>"
            + "<th>Size</th><th>Instruction</th></tr></thead>\n<tbody>\n");
        foreach (var layer in layers)
        {
            output.Write($"<tr class=\"layer\"><td class=\"number\">{Number(layer.Index)}</td>"
                + $"<td class=\"number\">{MeasurementTable.Megabytes(layer.Size)}</td>"
                + $"<td><code>{HtmlText.Encode(Shorten(layer.Instruction))}</code></td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
    }

    private static void WriteRemovedPackages(TextWriter output, Measurement measurement)
    {
        var removed = RemovedPackages(measurement);
        output.Write("<section id=\"removed\">\n<h2>Removed packages</h2>\n");
        if (removed.Count == 0)
        {
            output.Write("<p>The rewrite keeps every package of the original.</p>\n</section>\n");
            return;
        }

        // Without vulnerability data an empty column would read as "took none".
        var known = measurement.Vulnerabilities is not null;
        output.Write($"<p>{Plural(removed.Count, "package")} of "
            + $"{HtmlText.Encode(measurement.Before.Label)} not in "
            + $"{HtmlText.Encode(measurement.After.Label)}.</p>\n"
            + "<table class=\"removed\">\n<thead><tr><th>Package</th>"
            + (known ? "<th>Vulnerabilities it took</th>" : "") + "</tr></thead>\n<tbody>\n");
        foreach (var package in removed.Take(MaximumRemovedPackages))
        {
            var ids = string.Join(", ", package.Vulnerabilities.Select(match => match.Id));
            output.Write($"<tr class=\"package\"><td><code>{HtmlText.Encode(package.Name)}</code>"
                + "</td>" + (known ? $"<td>{HtmlText.Encode(ids)}</td>" : "") + "</tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
        if (removed.Count > MaximumRemovedPackages)
        {
            output.Write($"<p>{Number(removed.Count - MaximumRemovedPackages)} more not "
                + "shown.</p>\n");
        }

        output.Write("</section>\n");
    }

    /// <summary>With vulnerability data the comparison names the removed packages and what
    /// each took; without it, the package inventories still tell which names are gone.</summary>
    private static IReadOnlyList<RemovedPackage> RemovedPackages(Measurement measurement)
    {
        if (measurement.Vulnerabilities is { } comparison)
        {
            return comparison.RemovedPackages;
        }

        var kept = measurement.After.Analysis.Packages.Packages
            .Select(package => package.Name)
            .ToHashSet(StringComparer.Ordinal);
        return measurement.Before.Analysis.Packages.Packages
            .Select(package => package.Name)
            .Where(name => !kept.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => new RemovedPackage(name, []))
            .ToList();
    }

    private static void WriteNotes(TextWriter output, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        output.Write("<section id=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
        foreach (var note in notes)
        {
            output.Write($"<li>{HtmlText.Encode(note)}</li>\n");
        }

        output.Write("</ul>\n</section>\n");
    }

    private static string Shorten(string? instruction)
    {
        var line = (instruction ?? "(unknown)").ReplaceLineEndings(" ");
        return line.Length <= LongestInstruction ? line : line[..(LongestInstruction - 3)] + "...";
    }

    private static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{Number(count)} {noun}s";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

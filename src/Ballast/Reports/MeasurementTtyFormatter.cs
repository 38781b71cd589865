using Ballast.Workflows;

namespace Ballast.Reports;

/// <summary>The <c>tty</c> format: an aligned before-and-after table, the removed packages
/// with the vulnerabilities they took, and the notes.</summary>
public sealed class MeasurementTtyFormatter : IMeasurementFormatter
{
    /// <inheritdoc />
    public string Name => "tty";

    /// <inheritdoc />
    public void Write(Measurement measurement, TextWriter output)
    {
        var header = new MeasurementRow("", measurement.Before.Label, measurement.After.Label,
            "change");
        var rows = MeasurementTable.Rows(measurement).Prepend(header).ToList();
        var widths = new[]
        {
            rows.Max(row => row.Name.Length),
            rows.Max(row => row.Before.Length),
            rows.Max(row => row.After.Length),
        };
        foreach (var row in rows)
        {
            output.Write($"{row.Name.PadRight(widths[0])}  {row.Before.PadLeft(widths[1])}  "
                + $"{row.After.PadLeft(widths[2])}  {row.Change}".TrimEnd() + "\n");
        }

        WriteRemoved(measurement, output);
        foreach (var note in measurement.Notes)
        {
            output.Write($"Note: {note}\n");
        }
    }

    private static void WriteRemoved(Measurement measurement, TextWriter output)
    {
        var removed = measurement.Vulnerabilities?.RemovedPackages
            .Where(package => package.Vulnerabilities.Count > 0)
            .ToList() ?? [];
        if (removed.Count == 0)
        {
            return;
        }

        output.Write("\nRemoved packages and the vulnerabilities they took:\n");
        foreach (var package in removed)
        {
            var ids = string.Join(", ", package.Vulnerabilities.Select(match => match.Id));
            output.Write($"  {package.Name}: {ids}\n");
        }
    }
}

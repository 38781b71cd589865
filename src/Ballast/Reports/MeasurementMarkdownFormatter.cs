using Ballast.Workflows;

namespace Ballast.Reports;

/// <summary>The <c>markdown</c> format: a before-and-after table ready for a pull request,
/// with a vulnerabilities row, then the removed packages.</summary>
public sealed class MeasurementMarkdownFormatter : IMeasurementFormatter
{
    /// <inheritdoc />
    public string Name => "markdown";

    /// <inheritdoc />
    public void Write(Measurement measurement, TextWriter output)
    {
        output.Write("## Ballast measurement\n\n");
        output.Write($"| | {Cell(measurement.Before.Label)} | {Cell(measurement.After.Label)} "
            + "| Change |\n|---|---:|---:|---:|\n");
        foreach (var row in MeasurementTable.Rows(measurement))
        {
            output.Write($"| {Cell(row.Name)} | {Cell(row.Before)} | {Cell(row.After)} "
                + $"| {Cell(row.Change)} |\n");
        }

        var removed = measurement.Vulnerabilities?.RemovedPackages
            .Where(package => package.Vulnerabilities.Count > 0)
            .ToList() ?? [];
        if (removed.Count > 0)
        {
            output.Write("\n**Removed packages and the vulnerabilities they took:**\n\n");
            foreach (var package in removed)
            {
                var ids = string.Join(", ", package.Vulnerabilities.Select(match => match.Id));
                output.Write($"- `{package.Name}`: {Cell(ids)}\n");
            }
        }

        foreach (var note in measurement.Notes)
        {
            output.Write($"\n> {Cell(note)}\n");
        }
    }

    // A pipe would end the cell early.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}

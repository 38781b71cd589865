using System.Text.Json;
using Ballast.Workflows;

namespace Ballast.Reports;

/// <summary>The <c>json</c> format: one <see cref="MeasurementDocument"/>.</summary>
public sealed class MeasurementJsonFormatter : IMeasurementFormatter
{
    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public void Write(Measurement measurement, TextWriter output)
    {
        var json = JsonSerializer.Serialize(MeasurementDocument.Of(measurement),
            MeasurementJsonContext.Readable.MeasurementDocument);
        output.Write(json + "\n");
    }
}

using Ballast.Vulnerabilities;
using Ballast.Workflows;

namespace Ballast.Reports;

/// <summary>The JSON shape of a measurement: figures per image, vulnerabilities and notes.
/// </summary>
/// <param name="Before">The original (or first) image.</param>
/// <param name="After">The rewrite (or second) image.</param>
/// <param name="Vulnerabilities">Counts and removed packages; null without a source.</param>
/// <param name="Notes">What could not be measured.</param>
public sealed record MeasurementDocument(
    ImageFigures Before,
    ImageFigures After,
    VulnerabilityDocument? Vulnerabilities,
    IReadOnlyList<string> Notes)
{
    /// <summary>The document for <paramref name="measurement"/>.</summary>
    public static MeasurementDocument Of(Measurement measurement) => new(
        ImageFigures.Of(measurement.Before),
        ImageFigures.Of(measurement.After),
        measurement.Vulnerabilities is { } comparison ? VulnerabilityDocument.Of(comparison) : null,
        measurement.Notes);
}

namespace Ballast.Reports;

/// <summary>One line of a before-and-after table.</summary>
/// <param name="Name">What is measured, such as <c>Size (uncompressed)</c>.</param>
/// <param name="Before">The original image's figure, formatted.</param>
/// <param name="After">The rewrite's figure, formatted.</param>
/// <param name="Change">The difference in words or per cent; empty when not meaningful.</param>
public sealed record MeasurementRow(string Name, string Before, string After, string Change);

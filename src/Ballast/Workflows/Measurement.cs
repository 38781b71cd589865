using Ballast.Vulnerabilities;

namespace Ballast.Workflows;

/// <summary>Two images side by side: an original and its rewrite for <c>measure</c>, or any
/// two images for <c>compare</c>.</summary>
/// <param name="Before">The original (or first) image.</param>
/// <param name="After">The rewrite (or second) image.</param>
/// <param name="Vulnerabilities">Counts before and after and the removed packages; null when
/// no database or scanner report was available.</param>
/// <param name="Notes">What could not be measured and why, in sentences.</param>
public sealed record Measurement(
    ImageMeasurement Before,
    ImageMeasurement After,
    VulnerabilityComparison? Vulnerabilities,
    IReadOnlyList<string> Notes);

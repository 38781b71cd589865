using Ballast.Vulnerabilities;
using Ballast.Workflows;

namespace Ballast.Reports;

/// <summary>The figures of one image in a measurement document.</summary>
/// <param name="Label">The image's role or reference.</param>
/// <param name="Bytes">Bytes written by all layers.</param>
/// <param name="CompressedBytes">Compressed size where known.</param>
/// <param name="FinalBytes">Bytes visible in the final filesystem.</param>
/// <param name="WastedBytes">Bytes written and hidden later.</param>
/// <param name="Efficiency">Final bytes over bytes written.</param>
/// <param name="Layers">Layer count.</param>
/// <param name="Packages">Installed package count.</param>
/// <param name="BuildSeconds">Full build time.</param>
/// <param name="RebuildSeconds">Rebuild time after a source-only change.</param>
/// <param name="Smoke">The smoke result.</param>
/// <param name="Exposure">Compilers, shells, package managers, -dev packages, setuid files.
/// </param>
public sealed record ImageFigures(
    string Label,
    long Bytes,
    long? CompressedBytes,
    long FinalBytes,
    long WastedBytes,
    double Efficiency,
    int Layers,
    int Packages,
    double? BuildSeconds,
    double? RebuildSeconds,
    SmokeResult? Smoke,
    ExposureFigures Exposure)
{
    /// <summary>The figures of <paramref name="image"/>.</summary>
    public static ImageFigures Of(ImageMeasurement image) => new(
        image.Label,
        image.Analysis.TotalBytes,
        image.Analysis.CompressedBytes,
        image.Analysis.FinalBytes,
        image.Analysis.WastedBytes,
        Math.Round(image.Analysis.Efficiency, 4),
        image.Analysis.Layers.Count,
        image.Exposure.PackageCount,
        image.BuildTime?.TotalSeconds,
        image.RebuildTime?.TotalSeconds,
        image.Smoke,
        image.Exposure);
}

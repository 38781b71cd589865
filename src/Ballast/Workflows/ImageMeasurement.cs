using Ballast.Images;
using Ballast.Vulnerabilities;

namespace Ballast.Workflows;

/// <summary>Everything measured about one image of a comparison.</summary>
/// <param name="Label">What the image is to the user: <c>original</c>, <c>rewrite</c>, or the
/// reference given.</param>
/// <param name="Analysis">The image as read from its archive.</param>
/// <param name="Exposure">Packages, compilers, shells and the like the image ships.</param>
/// <param name="BuildTime">Time of a full build; null when the image was not built.</param>
/// <param name="RebuildTime">Time of the rebuild after a source-only change; null when not
/// measured.</param>
/// <param name="Smoke">The smoke command's result; null when none was run.</param>
public sealed record ImageMeasurement(
    string Label,
    ImageAnalysis Analysis,
    ExposureFigures Exposure,
    TimeSpan? BuildTime = null,
    TimeSpan? RebuildTime = null,
    SmokeResult? Smoke = null)
{
    /// <summary>Measures what needs no build: the analysis and its exposure figures.</summary>
    public static ImageMeasurement Of(string label, ImageAnalysis analysis) =>
        new(label, analysis, ExposureOf(analysis));

    // Limitation: the image reader exposes only the largest files, not the whole final
    // filesystem, so compilers, shells, package managers and setuid files are found among
    // those files only; the package count and -dev packages are complete.
    private static ExposureFigures ExposureOf(ImageAnalysis analysis) =>
        ExposureFigures.Measure(
            analysis.Packages.Packages,
            analysis.LargestFiles
                .Select(file => new ImageFile("/" + file.Path, (UnixFileMode)file.Mode))
                .ToList());
}

namespace Ballast.Workflows;

/// <summary>What <c>ballast compare A B</c> produced, and the exit code (0 compared,
/// 2 an image could not be read or no engine was found for a reference).</summary>
public sealed record CompareRun(
    Measurement? Measurement,
    IReadOnlyList<string> Errors,
    int ExitCode)
{
    /// <summary>Reads both images with <paramref name="loader"/> and compares them, with
    /// vulnerabilities from <paramref name="sources"/>.</summary>
    public static async Task<CompareRun> ExecuteAsync(
        string first,
        string second,
        ImageLoader loader,
        VulnerabilitySources sources,
        CancellationToken cancel = default)
    {
        var measured = new List<ImageMeasurement>();
        foreach (var source in new[] { first, second })
        {
            var read = await loader.LoadAsync(source, cancel);
            if (!read.Succeeded)
            {
                return new CompareRun(null, [read.Error.ToString()], 2);
            }

            measured.Add(ImageMeasurement.Of(source, read.Analysis));
        }

        var notes = new List<string>();
        var errors = new List<string>();
        var vulnerabilities = VulnerabilityAssessment.Compare(
            measured[0].Analysis, measured[1].Analysis, sources, notes, errors);
        return errors.Count > 0
            ? new CompareRun(null, errors, 2)
            : new CompareRun(
                new Measurement(measured[0], measured[1], vulnerabilities, notes), [], 0);
    }
}

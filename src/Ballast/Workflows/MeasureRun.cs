using Ballast.Engines;

namespace Ballast.Workflows;

/// <summary>
/// What a measure run produced: the measurement, or the errors that stopped it, and the exit
/// code (0 measured, 1 a smoke command failed, 2 input, engine or image errors).
/// </summary>
public sealed record MeasureRun(
    Measurement? Measurement,
    IReadOnlyList<string> Errors,
    int ExitCode)
{
    private const string RebuildMarker = ".ballast-rebuild-marker";

    /// <summary>
    /// Builds the Dockerfile and its rewrite (or <see cref="MeasureOptions.Against"/>) with
    /// <paramref name="engine"/>, times a rebuild after a source-only change, runs the smoke
    /// command in both, reads both images and removes them. Engine failures become one error.
    /// </summary>
    public static async Task<MeasureRun> ExecuteAsync(
        MeasureOptions options,
        IContainerEngine engine,
        Action<string>? progress = null,
        CancellationToken cancel = default)
    {
        var pair = DockerfilePair.Read(options, out var inputError);
        if (pair is null)
        {
            return Failed(inputError!);
        }

        if (options.Smoke is { } smokeText && SmokeCommand.Split(smokeText, out inputError) is null)
        {
            return Failed(inputError!);
        }

        var workspace = Directory.CreateTempSubdirectory("ballast-measure-").FullName;
        var id = Path.GetFileName(workspace).ToLowerInvariant().Replace('_', '-');
        var tags = new List<string>();
        try
        {
            var built = await BuildBothAsync(options, pair, engine, workspace, id, tags, progress,
                cancel);
            return await MeasureBuiltAsync(
                engine, built[0], built[1], options, pair.Notes, progress, cancel);
        }
        catch (EngineException exception)
        {
            return Failed(exception.Message);
        }
        finally
        {
            await RemoveAllAsync(engine, tags);
            TryDelete(workspace);
        }
    }

    /// <summary>
    /// Measures two images the engine already holds: smoke runs, archive reads, exposure and
    /// vulnerabilities. The images are left in place.
    /// </summary>
    public static async Task<MeasureRun> MeasureBuiltAsync(
        IContainerEngine engine,
        BuiltImage before,
        BuiltImage after,
        MeasureOptions options,
        IReadOnlyList<string>? notes = null,
        Action<string>? progress = null,
        CancellationToken cancel = default)
    {
        string? smokeError = null;
        var smoke = options.Smoke is null
            ? null
            : SmokeCommand.Split(options.Smoke, out smokeError);
        if (smokeError is not null)
        {
            return Failed(smokeError);
        }

        var timeout = options.SmokeTimeout ?? TimeSpan.FromMinutes(1);
        var measured = new List<ImageMeasurement>();
        foreach (var image in new[] { before, after })
        {
            progress?.Invoke($"running and reading the {image.Label} image");
            var result = await SmokeAsync(engine, image.Tag, smoke, timeout, cancel);
            var read = await ImageLoader.SaveAndReadAsync(
                engine, image.Tag, image.Label, null, cancel);
            if (!read.Succeeded)
            {
                return Failed(read.Error.ToString());
            }

            measured.Add(ImageMeasurement.Of(image.Label, read.Analysis) with
            {
                BuildTime = image.BuildTime,
                RebuildTime = image.RebuildTime,
                Smoke = result,
            });
        }

        return Assemble(measured[0], measured[1], options, notes ?? []);
    }

    private static MeasureRun Assemble(
        ImageMeasurement before,
        ImageMeasurement after,
        MeasureOptions options,
        IReadOnlyList<string> givenNotes)
    {
        var notes = givenNotes.ToList();
        var errors = new List<string>();
        var vulnerabilities = VulnerabilityAssessment.Compare(before.Analysis, after.Analysis,
            options.Vulnerabilities ?? VulnerabilitySources.None, notes, errors);
        if (errors.Count > 0)
        {
            return new MeasureRun(null, errors, 2);
        }

        var measurement = new Measurement(before, after, vulnerabilities, notes);
        var smokeFailed = before.Smoke is { Passed: false } || after.Smoke is { Passed: false };
        return new MeasureRun(measurement, [], smokeFailed ? 1 : 0);
    }

    private static async Task<BuiltImage[]> BuildBothAsync(
        MeasureOptions options,
        DockerfilePair pair,
        IContainerEngine engine,
        string workspace,
        string id,
        List<string> tags,
        Action<string>? progress,
        CancellationToken cancel)
    {
        var context = options.MeasureRebuild
            ? CopyContext(pair.Context, Path.Combine(workspace, "context"))
            : pair.Context;
        var files = new[] { ("original", pair.Original), ("rewrite", pair.Rewrite) };
        var fullBuild = (options.Build ?? new BuildOptions()) with { NoCache = true };
        var builds = new List<BuiltImage>();
        foreach (var (label, text) in files)
        {
            var dockerfile = Path.Combine(workspace, $"{label}.Dockerfile");
            await File.WriteAllTextAsync(dockerfile, text, cancel);
            var tag = $"localhost/ballast-measure/{id}:{label}";
            progress?.Invoke($"building the {label} image");
            tags.Add(tag);
            var result = await engine.BuildAsync(dockerfile, context, tag, fullBuild, cancel);
            builds.Add(new BuiltImage(label, tag, result.Duration));
        }

        if (!options.MeasureRebuild)
        {
            return [.. builds];
        }

        // A file only the final COPY picks up: the rebuild shows what the layer order saves.
        await File.WriteAllTextAsync(Path.Combine(context, RebuildMarker), id, cancel);
        var rebuild = fullBuild with { NoCache = false };
        for (var i = 0; i < builds.Count; i++)
        {
            var tag = builds[i].Tag + "-rebuild";
            progress?.Invoke($"rebuilding the {builds[i].Label} image after a source change");
            tags.Add(tag);
            var dockerfile = Path.Combine(workspace, $"{builds[i].Label}.Dockerfile");
            var result = await engine.BuildAsync(dockerfile, context, tag, rebuild, cancel);
            builds[i] = builds[i] with { RebuildTime = result.Duration };
        }

        return [.. builds];
    }

    private static async Task<SmokeResult> SmokeAsync(
        IContainerEngine engine,
        string tag,
        IReadOnlyList<string>? command,
        TimeSpan timeout,
        CancellationToken cancel)
    {
        var run = await engine.RunAsync(tag, command, timeout, cancel);
        var output = (run.StandardOutput.Trim().Length > 0 ? run.StandardOutput : run.StandardError)
            .TrimEnd().Split('\n')[^1];
        return new SmokeResult(command ?? [], run.ExitCode, run.TimedOut, run.Duration, output);
    }

    private static string CopyContext(string from, string to)
    {
        var all = SearchOption.AllDirectories;
        foreach (var directory in Directory.EnumerateDirectories(from, "*", all))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", all))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }

        return to;
    }

    private static async Task RemoveAllAsync(IContainerEngine engine, List<string> tags)
    {
        foreach (var tag in tags)
        {
            try
            {
                await engine.RemoveAsync(tag);
            }
            catch (EngineException)
            {
                // A build that failed left no image to remove.
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Limitation: a temporary folder that cannot be deleted is left behind.
        }
    }

    private static MeasureRun Failed(string error) => new(null, [error], 2);
}

using Ballast.Engines;
using Ballast.Workflows;
using Xunit;

namespace Ballast.Tests.Measure;

public sealed class MeasureRunTests : IDisposable
{
    private readonly string folder =
        Directory.CreateTempSubdirectory("ballast-measure-test-").FullName;
    private readonly RecordingEngine engine = new();

    public MeasureRunTests()
    {
        File.WriteAllText(Path.Combine(folder, "Dockerfile"), MeasureImages.Dockerfile);
        File.WriteAllText(Path.Combine(folder, "requirements.txt"), "psycopg2==2.9.9\n");
        File.WriteAllText(Path.Combine(folder, "app.py"), "print('ok')\n");
        engine.Archives["original"] = MeasureImages.Original();
        engine.Archives["rewrite"] = MeasureImages.Rewrite();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Measure_reports_the_rewrite_smaller_with_fewer_packages()
    {
        var run = await MeasureRun.ExecuteAsync(new MeasureOptions(folder), engine);

        Assert.Equal(0, run.ExitCode);
        var measurement = run.Measurement!;
        Assert.True(measurement.After.Analysis.TotalBytes < measurement.Before.Analysis.TotalBytes);
        Assert.Equal(4, measurement.Before.Exposure.PackageCount);
        Assert.Equal(2, measurement.After.Exposure.PackageCount);
        Assert.Equal(["libpq-dev"], measurement.Before.Exposure.DevelopmentPackages);
        Assert.True(measurement.After.Smoke!.Passed);
    }

    [Fact]
    public async Task Full_builds_skip_the_cache_and_the_rebuild_uses_it()
    {
        var run = await MeasureRun.ExecuteAsync(new MeasureOptions(folder), engine);

        Assert.Equal([true, true, false, false], engine.Builds.Select(b => b.Options.NoCache));
        Assert.Equal(TimeSpan.FromSeconds(30), run.Measurement!.Before.BuildTime);
        Assert.Equal(TimeSpan.FromSeconds(2), run.Measurement.After.RebuildTime);
    }

    [Fact]
    public async Task Without_rebuild_only_two_builds_run_and_no_rebuild_time_is_reported()
    {
        var run = await MeasureRun.ExecuteAsync(
            new MeasureOptions(folder, MeasureRebuild: false), engine);

        Assert.Equal(2, engine.Builds.Count);
        Assert.Null(run.Measurement!.Before.RebuildTime);
    }

    [Fact]
    public async Task Every_image_built_is_removed_afterwards()
    {
        await MeasureRun.ExecuteAsync(new MeasureOptions(folder), engine);

        Assert.Equal(engine.Builds.Select(b => b.Tag).Order(), engine.Removed.Order());
    }

    [Fact]
    public async Task A_failing_smoke_run_in_the_rewrite_exits_one()
    {
        engine.ExitCodes["rewrite"] = 3;

        var run = await MeasureRun.ExecuteAsync(new MeasureOptions(folder), engine);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("exit 3", run.Measurement!.After.Smoke!.Summary);
    }

    [Fact]
    public async Task The_smoke_command_is_split_into_words_and_passed_to_both_runs()
    {
        await MeasureRun.ExecuteAsync(
            new MeasureOptions(folder, Smoke: "python -c 'import app'"), engine);

        Assert.All(engine.Runs, command => Assert.Equal(["python", "-c", "import app"], command));
        Assert.Equal(2, engine.Runs.Count);
    }

    [Fact]
    public async Task Without_a_smoke_option_the_images_own_command_runs()
    {
        await MeasureRun.ExecuteAsync(new MeasureOptions(folder), engine);

        Assert.All(engine.Runs, Assert.Null);
    }

    [Fact]
    public async Task An_engine_failure_is_one_error_with_exit_two()
    {
        var failing = new RecordingEngine { BuildFailure = new EngineException("build failed: x") };

        var run = await MeasureRun.ExecuteAsync(new MeasureOptions(folder), failing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["build failed: x"], run.Errors);
        Assert.Null(run.Measurement);
    }

    [Fact]
    public async Task A_missing_Dockerfile_is_an_input_error_and_nothing_is_built()
    {
        var run = await MeasureRun.ExecuteAsync(
            new MeasureOptions(Path.Combine(folder, "nowhere")), engine);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Errors);
        Assert.Empty(engine.Builds);
    }

    [Fact]
    public async Task An_unusable_smoke_command_is_refused_before_building()
    {
        var run = await MeasureRun.ExecuteAsync(
            new MeasureOptions(folder, Smoke: "echo $HOME"), engine);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--smoke", run.Errors[0]);
        Assert.Empty(engine.Builds);
    }

    [Fact]
    public async Task Without_a_database_a_note_says_so_and_no_counts_are_given()
    {
        var run = await MeasureRun.ExecuteAsync(new MeasureOptions(folder), engine);

        Assert.Null(run.Measurement!.Vulnerabilities);
        Assert.Contains(run.Measurement.Notes,
            note => note.StartsWith("No vulnerability database", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Against_builds_the_given_Dockerfile_as_the_second_image()
    {
        var other = Path.Combine(folder, "Other.Dockerfile");
        File.WriteAllText(other, "FROM python:3.11-slim-bookworm\nCMD [\"python\"]\n");

        var run = await MeasureRun.ExecuteAsync(
            new MeasureOptions(folder, Against: other, MeasureRebuild: false), engine);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("rewrite", run.Measurement!.After.Label);
    }
}

using System.Formats.Tar;
using Ballast.Engines;
using Xunit;
using Xunit.Abstractions;

namespace Ballast.EndToEnd;

/// <summary>
/// Builds the Python app with a native libpq extension as the careless single-stage
/// Dockerfile and as the multi-stage rewrite, with real Buildah on the stand-in images, and
/// checks both run and that the rewrite is much smaller.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PyextTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);
    private readonly EndToEndSetup setup;
    private readonly ITestOutputHelper output;

    public PyextTests(EndToEndSetup setup, ITestOutputHelper output)
    {
        this.setup = setup;
        this.output = output;
    }

    [SkippableFact]
    public async Task Single_stage_image_runs_its_command_and_loads_the_extension()
    {
        setup.Require();
        var build = await setup.Pyext.SingleStage;

        var run = await setup.Engine.RunAsync(build.Tag, null, RunTimeout);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^pyext ok: libpq 15\.\d+\n$", run.StandardOutput);
    }

    [SkippableFact]
    public async Task Multi_stage_image_runs_its_command_and_loads_the_extension()
    {
        setup.Require();
        var build = await setup.Pyext.MultiStage;

        var run = await setup.Engine.RunAsync(build.Tag, null, RunTimeout);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^pyext ok: libpq 15\.\d+\n$", run.StandardOutput);
    }

    [SkippableFact]
    public async Task Ballast_rewrite_has_two_stages_and_no_size_findings()
    {
        setup.Require();
        await setup.Pyext.MultiStage;

        var check = Ballast.Rules.Checker.Default.Check(
            new Ballast.Text.SourceText(setup.Pyext.Rewrite!));

        Assert.Equal(2, check.Model.Stages.Count);
        Assert.Equal("python:3.11-slim-bookworm", check.Model.Stages[1].BaseName);
        Assert.DoesNotContain(check.Findings,
            finding => finding.RuleId is "BL101" or "BL102" or "BL103");
    }

    [SkippableFact]
    public async Task Multi_stage_image_is_at_most_half_the_size_of_the_single_stage_one()
    {
        setup.Require();
        var singleBuild = await setup.Pyext.SingleStage;
        var multiBuild = await setup.Pyext.MultiStage;
        var single = await setup.Engine.InspectAsync(singleBuild.Tag);
        var multi = await setup.Engine.InspectAsync(multiBuild.Tag);

        var ratio = (double)multi.Size / single.Size;

        output.WriteLine($"single-stage: {single.Size:N0} B, {single.Layers.Count} layers, "
            + $"built in {singleBuild.Duration.TotalSeconds:0} s");
        output.WriteLine($"multi-stage:  {multi.Size:N0} B, {multi.Layers.Count} layers, "
            + $"built in {multiBuild.Duration.TotalSeconds:0} s ({ratio:P0} of single-stage)");
        Assert.True(ratio <= 0.5, $"multi-stage {multi.Size:N0} B is {ratio:P0} of "
            + $"single-stage {single.Size:N0} B");
    }

    [SkippableFact]
    public async Task Compiler_is_in_the_single_stage_image_but_not_in_the_multi_stage_one()
    {
        setup.Require();
        string[] probe = ["sh", "-c", "command -v gcc || echo no-gcc"];

        var single = await setup.Engine.RunAsync(
            (await setup.Pyext.SingleStage).Tag, probe, RunTimeout);
        var multi = await setup.Engine.RunAsync(
            (await setup.Pyext.MultiStage).Tag, probe, RunTimeout);

        Assert.Equal("/usr/bin/gcc\n", single.StandardOutput);
        Assert.Equal("no-gcc\n", multi.StandardOutput);
    }

    [SkippableFact]
    public async Task A_failing_container_command_reports_its_exit_code()
    {
        setup.Require();
        string[] command = ["python", "-c", "import sys; print('bye'); sys.exit(3)"];

        var run = await setup.Engine.RunAsync(
            (await setup.Pyext.MultiStage).Tag, command, RunTimeout);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("bye\n", run.StandardOutput);
    }

    [SkippableFact]
    public async Task Inspection_shows_the_runtime_settings_carried_into_the_final_stage()
    {
        setup.Require();

        var image = await setup.Engine.InspectAsync((await setup.Pyext.MultiStage).Tag);

        Assert.Equal(["python", "main.py"], image.Configuration.Command);
        Assert.Equal("/app", image.Configuration.WorkingDirectory);
        Assert.Contains(image.Configuration.Environment, entry => entry.StartsWith(
            "PATH=/opt/venv/bin:", StringComparison.Ordinal));
        Assert.True(image.Layers.Count >= 2, "the slim base layer plus the app's layer");
        Assert.NotEmpty(image.History);
    }

    [SkippableFact]
    public async Task Builds_report_an_image_id_and_a_measured_duration()
    {
        setup.Require();

        var build = await setup.Pyext.MultiStage;

        Assert.StartsWith("sha256:", build.ImageId);
        Assert.True(build.Duration > TimeSpan.FromSeconds(1), $"took {build.Duration}");
    }

    [SkippableTheory]
    [InlineData(ArchiveFormat.DockerArchive, "manifest.json")]
    [InlineData(ArchiveFormat.OciArchive, "index.json")]
    public async Task Saved_archive_has_the_index_of_its_format(ArchiveFormat format, string index)
    {
        setup.Require();
        var tag = (await setup.Pyext.MultiStage).Tag;
        var archive = TemporaryArchive();

        try
        {
            await setup.Engine.SaveAsync(tag, archive, format);

            Assert.Contains(index, EntryNames(archive));
        }
        finally
        {
            File.Delete(archive);
        }
    }

    [SkippableFact]
    public async Task Docker_archive_size_agrees_with_the_inspected_size()
    {
        setup.Require();
        var tag = (await setup.Pyext.MultiStage).Tag;
        var inspection = await setup.Engine.InspectAsync(tag);
        var archive = TemporaryArchive();

        try
        {
            await setup.Engine.SaveAsync(tag, archive);

            // Uncompressed layer tars plus a few kilobytes of manifest and config.
            var length = new FileInfo(archive).Length;
            Assert.InRange(length, inspection.Size, inspection.Size + 1024 * 1024);
        }
        finally
        {
            File.Delete(archive);
        }
    }

    [SkippableFact]
    public async Task Podman_reads_the_same_image_from_the_shared_store()
    {
        setup.Require();
        var podman = new PodmanEngine(setup.StorageOptions);
        var tag = (await setup.Pyext.MultiStage).Tag;
        Skip.IfNot((await podman.CheckAvailabilityAsync()).IsAvailable, "podman not installed");

        var fromPodman = await podman.InspectAsync(tag);
        var fromBuildah = await setup.Engine.InspectAsync(tag);

        Assert.Equal(fromBuildah.Layers, fromPodman.Layers);
        Assert.Equal(fromBuildah.Configuration.Command, fromPodman.Configuration.Command);
        Assert.InRange(fromPodman.Size, fromBuildah.Size * 9 / 10, fromBuildah.Size * 11 / 10);
    }

    private static string TemporaryArchive()
        => Path.Combine(Path.GetTempPath(), $"ballast-e2e-{Guid.NewGuid():N}.tar");

    private static List<string> EntryNames(string archive)
    {
        using var stream = File.OpenRead(archive);
        using var reader = new TarReader(stream);
        var names = new List<string>();
        while (reader.GetNextEntry() is { } entry)
        {
            names.Add(entry.Name.TrimStart('.', '/'));
        }

        return names;
    }
}

using Ballast.Engines;
using Ballast.Images;
using Ballast.Workflows;
using Xunit;

namespace Ballast.EndToEnd;

/// <summary>
/// Runs the measure workflow on the images <see cref="EndToEndSetup"/> builds (the careless
/// pyext app and Ballast's rewrite of it), with OSV records written here against the real
/// Debian packages of the stand-in images.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class MeasureTests : IDisposable
{
    private readonly EndToEndSetup setup;
    private readonly string database =
        Directory.CreateTempSubdirectory("ballast-e2e-osv-").FullName;

    public MeasureTests(EndToEndSetup setup)
    {
        this.setup = setup;
        WriteRecord("BALLAST-E2E-PQ", "postgresql-15", null);
        WriteRecord("BALLAST-E2E-GCC", "gcc-12", null);
        WriteRecord("BALLAST-E2E-GLIBC", "glibc", null);
        WriteRecord("BALLAST-E2E-GLIBC-FIXED", "glibc", "2.0-1");
    }

    public void Dispose() => Directory.Delete(database, recursive: true);

    [SkippableFact]
    public async Task Measure_shows_the_rewrite_working_half_the_size_with_fewer_vulnerabilities()
    {
        setup.Require();
        var single = await setup.Pyext.SingleStage;
        var multi = await setup.Pyext.MultiStage;
        var options = new MeasureOptions(setup.Pyext.Directory,
            SmokeTimeout: TimeSpan.FromMinutes(2),
            Vulnerabilities: new VulnerabilitySources([], database, null));

        var run = await MeasureRun.MeasureBuiltAsync(setup.Engine,
            new BuiltImage("original", single.Tag, single.Duration),
            new BuiltImage("rewrite", multi.Tag, multi.Duration), options);

        Assert.True(run.ExitCode == 0, string.Join("\n", run.Errors));
        var (before, after) = (run.Measurement!.Before, run.Measurement.After);
        Assert.True(before.Smoke!.Passed && after.Smoke!.Passed);
        Assert.True(after.Analysis.TotalBytes * 2 <= before.Analysis.TotalBytes,
            $"{after.Analysis.TotalBytes} is not half of {before.Analysis.TotalBytes}");
        Assert.True(after.Exposure.PackageCount < before.Exposure.PackageCount);
        var vulnerabilities = run.Measurement.Vulnerabilities!;
        Assert.True(vulnerabilities.AfterCounts.Total < vulnerabilities.BeforeCounts.Total);
        var removed = vulnerabilities.RemovedPackages.Where(p => p.Vulnerabilities.Count > 0)
            .Select(p => p.Name).ToList();
        Assert.Contains("libpq-dev", removed);
        Assert.Contains("gcc-12", removed);
        Assert.DoesNotContain(vulnerabilities.Before.Matches,
            m => m.Id == "BALLAST-E2E-GLIBC-FIXED");
    }

    [SkippableFact]
    public async Task Image_reads_a_saved_archive_of_the_rewrite()
    {
        setup.Require();
        var multi = await setup.Pyext.MultiStage;
        var archive = Path.Combine(database, "rewrite.tar");
        await setup.Engine.SaveAsync(multi.Tag, archive, ArchiveFormat.DockerArchive);

        var read = ImageReader.Analyze(archive);

        Assert.True(read.Succeeded, read.Error?.ToString());
        Assert.Equal("debian", read.Analysis.OsRelease!.Id);
        Assert.Contains(read.Analysis.Packages.Packages, p => p.Name == "libpq5");
        Assert.DoesNotContain(read.Analysis.Packages.Packages, p => p.Name == "libpq-dev");
        Assert.Contains(read.Analysis.Layers, layer => layer.Instruction is not null);
    }

    private void WriteRecord(string id, string source, string? fixedAt)
    {
        var fixedEvent = fixedAt is null ? "" : $$""", { "fixed": "{{fixedAt}}" }""";
        File.WriteAllText(Path.Combine(database, id + ".json"), $$"""
            {
              "id": "{{id}}",
              "affected": [ {
                "package": { "ecosystem": "Debian:12", "name": "{{source}}" },
                "ranges": [ { "type": "ECOSYSTEM",
                  "events": [ { "introduced": "0" }{{fixedEvent}} ] } ]
              } ]
            }
            """);
    }
}

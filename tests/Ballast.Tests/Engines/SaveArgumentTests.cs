using Ballast.Engines;
using Xunit;

namespace Ballast.Tests.Engines;

public sealed class SaveArgumentTests
{
    [Theory]
    [InlineData(ArchiveFormat.DockerArchive, "docker-archive")]
    [InlineData(ArchiveFormat.OciArchive, "oci-archive")]
    public async Task Buildah_saves_by_pushing_to_an_archive_transport(
        ArchiveFormat format,
        string transport)
    {
        using var fake = new FakeEngineClient("buildah");
        var engine = new BuildahEngine(fake.Options());
        var archive = Path.Combine(fake.Directory, "app.tar");
        File.WriteAllText(archive, "left over from an earlier run");

        await engine.SaveAsync("app:1", archive, format);

        Assert.Equal(
            ["push", "--quiet", "--disable-compression", "app:1", $"{transport}:{archive}"],
            fake.Calls().Single());
        Assert.False(File.Exists(archive), "the stale archive is removed before pushing");
    }

    [Fact]
    public async Task Saving_into_a_missing_directory_names_the_directory()
    {
        using var fake = new FakeEngineClient("podman");
        var engine = new PodmanEngine(fake.Options());
        var archive = Path.Combine(fake.Directory, "no-such-dir", "app.tar");

        var error = await Assert.ThrowsAsync<EngineException>(
            () => engine.SaveAsync("app:1", archive));

        Assert.Contains("no-such-dir does not exist", error.Message);
        Assert.Empty(fake.Calls());
    }

    [Fact]
    public async Task Buildah_refuses_an_archive_path_with_a_colon_without_running_anything()
    {
        using var fake = new FakeEngineClient("buildah");
        var engine = new BuildahEngine(fake.Options());

        var error = await Assert.ThrowsAsync<EngineException>(
            () => engine.SaveAsync("app:1", "/tmp/a:b.tar"));

        Assert.StartsWith("/tmp/a:b.tar", error.Message);
        Assert.Empty(fake.Calls());
    }

    [Fact]
    public async Task Podman_saves_a_docker_archive_with_an_explicit_format()
    {
        using var fake = new FakeEngineClient("podman");
        var engine = new PodmanEngine(fake.Options());

        await engine.SaveAsync("app:1", "/tmp/app.tar", ArchiveFormat.DockerArchive);

        Assert.Equal(["save", "--format", "docker-archive", "-o", "/tmp/app.tar", "app:1"],
            fake.Calls().Single());
    }

    [Fact]
    public async Task Podman_saves_an_oci_archive_with_uncompressed_layers()
    {
        using var fake = new FakeEngineClient("podman");
        var engine = new PodmanEngine(fake.Options());

        await engine.SaveAsync("app:1", "/tmp/app.tar", ArchiveFormat.OciArchive);

        Assert.Equal(
            ["save", "--format", "oci-archive", "--uncompressed", "-o", "/tmp/app.tar", "app:1"],
            fake.Calls().Single());
    }

    [Fact]
    public async Task Docker_saves_a_docker_archive_with_plain_save()
    {
        using var fake = new FakeEngineClient("docker");
        var engine = new DockerEngine(fake.Options());

        await engine.SaveAsync("app:1", "/tmp/app.tar");

        Assert.Equal(["save", "-o", "/tmp/app.tar", "app:1"], fake.Calls().Single());
    }

    [Fact]
    public async Task Docker_refuses_an_explicit_oci_archive_request()
    {
        using var fake = new FakeEngineClient("docker");
        var engine = new DockerEngine(fake.Options());

        var error = await Assert.ThrowsAsync<EngineException>(
            () => engine.SaveAsync("app:1", "/tmp/app.tar", ArchiveFormat.OciArchive));

        Assert.Contains("docker archives", error.Message);
        Assert.Empty(fake.Calls());
    }

    [Fact]
    public async Task Remove_uses_each_clients_own_subcommand()
    {
        using var buildah = new FakeEngineClient("buildah");
        using var podman = new FakeEngineClient("podman");

        await new BuildahEngine(buildah.Options()).RemoveAsync("app:1");
        await new PodmanEngine(podman.Options()).RemoveAsync("app:1");

        Assert.Equal(["rmi", "app:1"], buildah.Calls().Single());
        Assert.Equal(["image", "rm", "app:1"], podman.Calls().Single());
    }
}

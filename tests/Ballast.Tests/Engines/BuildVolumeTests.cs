using Ballast.Engines;
using Xunit;

namespace Ballast.Tests.Engines;

public sealed class BuildVolumeTests : IDisposable
{
    private readonly string workspace =
        Directory.CreateTempSubdirectory("ballast-volume-").FullName;
    private readonly string dockerfile;
    private readonly string certificates;

    public BuildVolumeTests()
    {
        dockerfile = Path.Combine(workspace, "Dockerfile");
        File.WriteAllText(dockerfile, "FROM scratch\n");
        certificates = Path.Combine(workspace, "ca-certificates.crt");
        File.WriteAllText(certificates, "-----BEGIN CERTIFICATE-----\n");
    }

    public void Dispose() => Directory.Delete(workspace, recursive: true);

    [Fact]
    public async Task Buildah_build_mounts_each_volume_read_only_unless_asked_otherwise()
    {
        using var fake = new FakeEngineClient("buildah");
        var engine = new BuildahEngine(fake.Options());

        await engine.BuildAsync(dockerfile, workspace, "app:1", new BuildOptions
        {
            Volumes =
            [
                new BuildVolume(certificates, "/etc/ssl/certs/ca-certificates.crt"),
                new BuildVolume(workspace, "/cache", ReadOnly: false),
            ],
        });

        var call = fake.Calls().Single();
        var first = IndexOf(call, "--volume");
        Assert.Equal($"{certificates}:/etc/ssl/certs/ca-certificates.crt:ro", call[first + 1]);
        Assert.Equal("--volume", call[first + 2]);
        Assert.Equal($"{workspace}:/cache", call[first + 3]);
        Assert.Equal(workspace, call[^1]);
    }

    [Fact]
    public async Task Podman_build_passes_volumes_as_separate_arguments()
    {
        using var fake = new FakeEngineClient("podman");
        var engine = new PodmanEngine(fake.Options());

        await engine.BuildAsync(dockerfile, workspace, "app:2", new BuildOptions
        {
            Volumes = [new BuildVolume(certificates, "/run/ca.crt")],
        });

        var call = fake.Calls().Single();
        Assert.Equal($"{certificates}:/run/ca.crt:ro", call[IndexOf(call, "--volume") + 1]);
    }

    [Fact]
    public async Task Build_without_volumes_passes_no_volume_flag()
    {
        using var fake = new FakeEngineClient("buildah");
        var engine = new BuildahEngine(fake.Options());

        await engine.BuildAsync(dockerfile, workspace, "app:3");

        Assert.DoesNotContain("--volume", fake.Calls().Single());
    }

    [Fact]
    public async Task Docker_build_refuses_volumes_before_running_anything()
    {
        using var fake = new FakeEngineClient("docker");
        var engine = new DockerEngine(fake.Options());

        var error = await Assert.ThrowsAsync<EngineException>(() => engine.BuildAsync(
            dockerfile, workspace, "app:4", new BuildOptions
            {
                Volumes = [new BuildVolume(certificates, "/run/ca.crt")],
            }));

        Assert.Contains("`docker build` cannot mount volumes", error.Message);
        Assert.Empty(fake.Calls());
    }

    [Theory]
    [InlineData("/no/such/file", "/run/ca.crt", "build volume not found on the host")]
    [InlineData("{certificates}", "run/ca.crt", "needs an absolute container path")]
    [InlineData("{certificates}", "/run/c:a.crt", "cannot contain ':'")]
    public async Task Unusable_volume_is_reported_with_its_path_before_any_command_runs(
        string host, string container, string reason)
    {
        using var fake = new FakeEngineClient("buildah");
        var engine = new BuildahEngine(fake.Options());
        var volume = new BuildVolume(host.Replace("{certificates}", certificates), container);

        var error = await Assert.ThrowsAsync<EngineException>(() => engine.BuildAsync(
            dockerfile, workspace, "app:5", new BuildOptions { Volumes = [volume] }));

        Assert.Contains(reason, error.Message);
        Assert.Empty(fake.Calls());
    }

    private static int IndexOf(IReadOnlyList<string> call, string argument)
    {
        var index = call.ToList().IndexOf(argument);
        Assert.True(index >= 0, $"the build passes {argument}");
        return index;
    }
}

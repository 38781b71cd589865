using Ballast.Engines;
using Xunit;

namespace Ballast.Tests.Engines;

public sealed class EngineLocatorTests
{
    [Fact]
    public async Task With_no_engine_installed_the_search_names_every_engine_it_looked_for()
    {
        using var fake = new FakeEngineClient();
        var locator = new EngineLocator(fake.Options());

        var search = await locator.FindAsync(null);

        Assert.Null(search.Engine);
        Assert.Equal(["docker", "podman", "buildah"], search.Probes.Select(probe => probe.Engine));
        Assert.Contains("looked for docker, podman, buildah", search.Describe());
        Assert.Contains("`buildah` not found on PATH", search.Describe());
    }

    [Fact]
    public async Task A_docker_client_without_a_daemon_is_passed_over_for_podman()
    {
        using var fake = new FakeEngineClient("docker", "podman");
        fake.Reply(0, exitCode: 1, error: "Cannot connect to the Docker daemon at unix:///x\n");
        fake.Reply(1, "4.3.1\n");
        var locator = new EngineLocator(fake.Options());

        var search = await locator.FindAsync(null);

        Assert.Equal("podman", search.Engine?.Name);
        Assert.False(search.Probes[0].IsAvailable);
        Assert.Contains("Cannot connect to the Docker daemon", search.Probes[0].Detail);
        Assert.Equal(["version", "--format", "{{.Server.Version}}"], fake.Calls()[0]);
        Assert.Equal("using podman (4.3.1)", search.Describe());
    }

    [Fact]
    public async Task A_preferred_engine_is_the_only_one_tried()
    {
        using var fake = new FakeEngineClient("docker", "buildah");
        fake.Reply(0, "Version:         1.28.2\n");
        var locator = new EngineLocator(fake.Options());

        var search = await locator.FindAsync("Buildah");

        Assert.Equal("buildah", search.Engine?.Name);
        Assert.Equal(["version"], fake.Calls().Single());
    }

    [Fact]
    public async Task An_unknown_preferred_engine_is_named_with_the_known_ones()
    {
        var locator = new EngineLocator();

        var search = await locator.FindAsync("kaniko");

        Assert.Null(search.Engine);
        Assert.Contains("kaniko: unknown engine (known: docker, podman, buildah)",
            search.Describe());
    }
}

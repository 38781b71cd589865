using Ballast.Engines;
using Xunit;

namespace Ballast.Tests.Engines;

public sealed class BuildArgumentTests : IDisposable
{
    private readonly string workspace = Directory.CreateTempSubdirectory("ballast-build-").FullName;
    private readonly string dockerfile;

    public BuildArgumentTests()
    {
        dockerfile = Path.Combine(workspace, "Dockerfile");
        File.WriteAllText(dockerfile, "FROM scratch\n");
    }

    public void Dispose() => Directory.Delete(workspace, recursive: true);

    [Fact]
    public async Task Buildah_build_puts_global_options_first_and_isolation_last_before_context()
    {
        using var fake = new FakeEngineClient("buildah");
        var options = fake.Options(new EngineOptions
        {
            GlobalArguments = ["--storage-driver", "vfs"],
            Isolation = "chroot",
        });
        var engine = new BuildahEngine(options);

        await engine.BuildAsync(dockerfile, workspace, "app:1", new BuildOptions
        {
            Pull = PullPolicy.Never,
        });

        var call = WithoutImageIdFile(fake.Calls().Single());
        Assert.Equal(
            [
                "--storage-driver", "vfs", "build", "-f", dockerfile, "-t", "app:1",
                "--iidfile", "<file>", "--pull=never", "--isolation", "chroot", workspace,
            ],
            call);
    }

    [Fact]
    public async Task Podman_build_passes_target_sorted_build_arguments_no_cache_and_platform()
    {
        using var fake = new FakeEngineClient("podman");
        var engine = new PodmanEngine(fake.Options());
        var build = new BuildOptions
        {
            Target = "runtime",
            BuildArguments = new Dictionary<string, string> { ["B"] = "2", ["A"] = "x y" },
            NoCache = true,
            Platform = "linux/amd64",
        };

        await engine.BuildAsync(dockerfile, workspace, "app:2", build);

        var call = WithoutImageIdFile(fake.Calls().Single());
        Assert.Equal(
            [
                "build", "-f", dockerfile, "-t", "app:2", "--iidfile", "<file>",
                "--target", "runtime", "--build-arg", "A=x y", "--build-arg", "B=2",
                "--no-cache", "--platform", "linux/amd64", "--pull=missing", workspace,
            ],
            call);
    }

    [Fact]
    public async Task Docker_build_gets_a_plain_pull_switch_only_when_always_pulling()
    {
        using var fake = new FakeEngineClient("docker");
        var engine = new DockerEngine(fake.Options(new EngineOptions { Isolation = "chroot" }));

        await engine.BuildAsync(dockerfile, workspace, "a", new BuildOptions
        {
            Pull = PullPolicy.Always,
        });
        await engine.BuildAsync(dockerfile, workspace, "b", new BuildOptions
        {
            Pull = PullPolicy.Never,
        });

        var calls = fake.Calls();
        Assert.Contains("--pull", calls[0]);
        Assert.DoesNotContain(calls[1], argument => argument.StartsWith("--pull"));
        Assert.DoesNotContain("--isolation", calls[0]);
    }

    [Fact]
    public async Task Build_reports_the_image_id_and_how_long_the_build_took()
    {
        using var fake = new FakeEngineClient("buildah");
        fake.Reply(0, output: "STEP 1/1: FROM scratch\n", sleepSeconds: 0.3);
        var engine = new BuildahEngine(fake.Options());

        var result = await engine.BuildAsync(dockerfile, workspace, "app:3");

        Assert.Equal("sha256:feedface", result.ImageId);
        Assert.Equal("app:3", result.Tag);
        Assert.True(result.Duration >= TimeSpan.FromSeconds(0.3), $"took {result.Duration}");
        Assert.Contains("STEP 1/1", result.Log);
    }

    [Fact]
    public async Task Failed_build_raises_an_engine_error_quoting_the_command_and_its_stderr()
    {
        using var fake = new FakeEngineClient("buildah");
        fake.Reply(0, exitCode: 125, error: "Error: no FROM statement found\n");
        var engine = new BuildahEngine(fake.Options());

        var error = await Assert.ThrowsAsync<EngineException>(
            () => engine.BuildAsync(dockerfile, workspace, "app:4"));

        Assert.Contains("exited with code 125", error.Message);
        Assert.Contains("no FROM statement found", error.Message);
        Assert.Equal("build", error.Command?.Arguments[0]);
    }

    [Fact]
    public async Task Missing_dockerfile_is_reported_with_its_path_before_any_command_runs()
    {
        using var fake = new FakeEngineClient("buildah");
        var engine = new BuildahEngine(fake.Options());
        var missing = Path.Combine(workspace, "Nope.Dockerfile");

        var error = await Assert.ThrowsAsync<EngineException>(
            () => engine.BuildAsync(missing, workspace, "app:5"));

        Assert.StartsWith(missing, error.Message);
        Assert.Empty(fake.Calls());
    }

    [Fact]
    public async Task Missing_context_directory_is_reported_with_its_path()
    {
        using var fake = new FakeEngineClient("podman");
        var engine = new PodmanEngine(fake.Options());
        var missing = Path.Combine(workspace, "no-such-dir");

        var error = await Assert.ThrowsAsync<EngineException>(
            () => engine.BuildAsync(dockerfile, missing, "app:6"));

        Assert.Contains("build context directory not found", error.Message);
        Assert.Empty(fake.Calls());
    }

    private static IReadOnlyList<string> WithoutImageIdFile(IReadOnlyList<string> call)
    {
        var index = call.ToList().IndexOf("--iidfile");
        Assert.True(index >= 0, "the build passes an image id file");
        return [.. call.Take(index + 1), "<file>", .. call.Skip(index + 2)];
    }
}

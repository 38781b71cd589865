using Ballast.Engines;
using Xunit;

namespace Ballast.Tests.Engines;

public sealed class RunTests
{
    private const string InspectWithEntrypoint = """
        {
          "FromImageID": "ab12",
          "OCIv1": { "config": { "Entrypoint": ["/entry.sh"], "Cmd": ["serve", "--port", "80"] } }
        }
        """;

    [Fact]
    public async Task Buildah_run_makes_a_container_runs_entrypoint_and_cmd_then_removes_it()
    {
        using var fake = new FakeEngineClient("buildah");
        fake.Reply(0, InspectWithEntrypoint);
        fake.Reply(1, "app-working-container\n");
        fake.Reply(2, "hello\n");
        var engine = new BuildahEngine(fake.Options(new EngineOptions
        {
            GlobalArguments = ["--storage-driver", "vfs"],
            Isolation = "chroot",
        }));

        var result = await engine.RunAsync("app:1", null, TimeSpan.FromSeconds(30));

        var calls = fake.Calls();
        Assert.Equal(["--storage-driver", "vfs", "from", "--pull=never", "--quiet", "app:1"],
            calls[1]);
        Assert.Equal(
            [
                "--storage-driver", "vfs", "run", "--isolation", "chroot",
                "app-working-container", "--", "/entry.sh", "serve", "--port", "80",
            ],
            calls[2]);
        Assert.Equal(["--storage-driver", "vfs", "rm", "app-working-container"], calls[3]);
        Assert.Equal("hello\n", result.StandardOutput);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task A_given_command_replaces_cmd_but_keeps_the_entrypoint()
    {
        using var fake = new FakeEngineClient("buildah");
        fake.Reply(0, InspectWithEntrypoint);
        fake.Reply(1, "c1\n");
        var engine = new BuildahEngine(fake.Options());

        await engine.RunAsync("app:1", ["check"], TimeSpan.FromSeconds(30));

        Assert.Equal(["run", "c1", "--", "/entry.sh", "check"], fake.Calls()[2]);
    }

    [Fact]
    public async Task A_failing_container_returns_its_exit_code_and_is_still_removed()
    {
        using var fake = new FakeEngineClient("buildah");
        fake.Reply(0, InspectWithEntrypoint);
        fake.Reply(1, "c1\n");
        fake.Reply(2, exitCode: 3, error: "boom\n");
        var engine = new BuildahEngine(fake.Options());

        var result = await engine.RunAsync("app:1", null, TimeSpan.FromSeconds(30));

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("boom\n", result.StandardError);
        Assert.False(result.TimedOut);
        Assert.Equal(["rm", "c1"], fake.Calls()[3]);
    }

    [Fact]
    public void An_image_with_neither_entrypoint_nor_cmd_cannot_be_run()
    {
        var configuration = new ImageConfiguration([], [], [], null, null);

        var error = Assert.Throws<EngineException>(
            () => BuildahEngine.ContainerArguments(configuration, null, "bare:1"));

        Assert.StartsWith("bare:1", error.Message);
    }

    [Fact]
    public async Task A_container_running_past_its_timeout_is_killed_and_reported()
    {
        using var fake = new FakeEngineClient("buildah");
        fake.Reply(0, InspectWithEntrypoint);
        fake.Reply(1, "c1\n");
        fake.Reply(2, sleepSeconds: 30);
        var engine = new BuildahEngine(fake.Options());
        var started = DateTime.UtcNow;

        var result = await engine.RunAsync("app:1", null, TimeSpan.FromMilliseconds(500));

        Assert.True(result.TimedOut);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
        Assert.Equal(["rm", "c1"], fake.Calls()[3]);
    }

    [Fact]
    public async Task Podman_runs_the_image_directly_and_never_pulls()
    {
        using var fake = new FakeEngineClient("podman");
        fake.Reply(0, "pyext ok\n");
        var engine = new PodmanEngine(fake.Options());

        var result = await engine.RunAsync("app:1", ["python", "-V"], TimeSpan.FromSeconds(30));

        Assert.Equal(["run", "--rm", "--pull=never", "app:1", "python", "-V"],
            fake.Calls().Single());
        Assert.Equal("pyext ok\n", result.StandardOutput);
    }

    [Fact]
    public async Task Docker_runs_the_image_with_its_own_entrypoint_when_no_command_is_given()
    {
        using var fake = new FakeEngineClient("docker");
        var engine = new DockerEngine(fake.Options());

        await engine.RunAsync("app:1", null, TimeSpan.FromSeconds(30));

        Assert.Equal(["run", "--rm", "--pull=never", "app:1"], fake.Calls().Single());
    }
}

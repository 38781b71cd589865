using Ballast.Engines;
using Xunit;

namespace Ballast.Tests.Engines;

public sealed class CommandRunnerTests
{
    [Fact]
    public async Task Every_command_line_goes_to_the_log_sink_before_it_runs()
    {
        using var fake = new FakeEngineClient("buildah");
        var logged = new List<CommandLine>();
        var engine = new BuildahEngine(fake.Options(new EngineOptions
        {
            GlobalArguments = ["--storage-driver", "vfs"],
            CommandLog = logged.Add,
        }));

        await engine.RemoveAsync("app:1");

        var line = Assert.Single(logged);
        Assert.Equal("buildah --storage-driver vfs rmi app:1", line.ToString());
    }

    [Fact]
    public async Task Configured_environment_reaches_the_client()
    {
        using var fake = new FakeEngineClient("podman");
        var engine = new PodmanEngine(fake.Options(new EngineOptions
        {
            Environment = new Dictionary<string, string> { ["STORAGE_DRIVER"] = "vfs" },
        }));

        await engine.RemoveAsync("app:1");

        Assert.Equal("vfs", fake.StorageDriverSeen(0));
    }

    [Fact]
    public async Task A_command_past_its_timeout_is_killed_and_reported_as_timed_out()
    {
        using var fake = new FakeEngineClient("buildah");
        fake.Reply(0, sleepSeconds: 30);
        var engine = new BuildahEngine(fake.Options(new EngineOptions
        {
            CommandTimeout = TimeSpan.FromMilliseconds(300),
        }));
        var started = DateTime.UtcNow;

        var error = await Assert.ThrowsAsync<EngineException>(() => engine.RemoveAsync("x"));

        Assert.Contains("timed out", error.Message);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_client_missing_from_the_search_path_is_a_clear_engine_error()
    {
        using var fake = new FakeEngineClient();
        var engine = new BuildahEngine(fake.Options());

        var error = await Assert.ThrowsAsync<EngineException>(() => engine.RemoveAsync("x"));

        Assert.Equal("`buildah` was not found on the search path", error.Message);
    }

    [Theory]
    [InlineData(new[] { "build", "-t", "app:1", "." }, "docker build -t app:1 .")]
    [InlineData(new[] { "--build-arg", "A=x y" }, "docker --build-arg 'A=x y'")]
    [InlineData(new[] { "it's", "" }, "docker 'it'\\''s' ''")]
    [InlineData(new[] { "$HOME;rm" }, "docker '$HOME;rm'")]
    public void Command_lines_print_quoted_for_a_posix_shell(string[] arguments, string expected)
    {
        var command = new CommandLine("docker", arguments);

        var printed = command.ToString();

        Assert.Equal(expected, printed);
    }
}

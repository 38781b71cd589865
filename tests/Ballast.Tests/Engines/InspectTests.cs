using Ballast.Engines;
using Xunit;

namespace Ballast.Tests.Engines;

public sealed class InspectTests
{
    // Trimmed from `buildah inspect --type image` of the slim Python stand-in (buildah 1.28),
    // which carries the manifest as a JSON string inside the JSON.
    private const string BuildahManifest = """
        {"schemaVersion":2,"layers":[
          {"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:0092",
           "size":77885952},
          {"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:0a31",
           "size":53286912}]}
        """;

    private static readonly string BuildahInspect = $$"""
        {
          "Type": "buildah 0.0.1",
          "FromImageID": "db30ae43fd30b1f4aa9b233be46f8f1626a292309f3ac50002d9d99bff3f2697",
          "Manifest": "{{System.Text.Json.JsonEncodedText.Encode(BuildahManifest)}}",
          "OCIv1": {
            "config": {
              "Env": ["PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8"],
              "Entrypoint": ["/usr/bin/tini", "--"],
              "Cmd": ["python3"],
              "User": "app",
              "WorkingDir": "/app"
            },
            "rootfs": { "type": "layers", "diff_ids": ["sha256:0092", "sha256:0a31"] },
            "history": [
              { "created_by": "/bin/sh" },
              { "created_by": "/bin/sh -c #(nop) ENV LANG=C.UTF-8", "empty_layer": true },
              { "created_by": "/bin/sh -c #(nop) CMD [\"python3\"]", "comment": "FROM debian" }
            ]
          }
        }
        """;

    // The shape of `podman image inspect`: an array, numeric size, history included.
    private const string PodmanInspect = """
        [
          {
            "Id": "3f2a",
            "Size": 131172864,
            "Config": { "Cmd": ["python3"], "Env": ["LANG=C.UTF-8"] },
            "RootFS": { "Type": "layers", "Layers": ["sha256:aa", "sha256:bb"] },
            "History": [
              { "created_by": "/bin/sh" },
              { "created_by": "/bin/sh -c #(nop) CMD [\"python3\"]", "empty_layer": true }
            ]
          }
        ]
        """;

    [Fact]
    public async Task Buildah_inspection_reads_size_layers_history_and_configuration()
    {
        using var fake = new FakeEngineClient("buildah");
        fake.Reply(0, BuildahInspect);
        var engine = new BuildahEngine(fake.Options());

        var image = await engine.InspectAsync("python:3.11-slim-bookworm");

        Assert.Equal(["inspect", "--type", "image", "python:3.11-slim-bookworm"], fake.Calls()[0]);
        Assert.Equal("sha256:db30ae43fd30b1f4aa9b233be46f8f1626a292309f3ac50002d9d99bff3f2697",
            image.Id);
        Assert.Equal(77885952L + 53286912L, image.Size);
        Assert.Equal(["sha256:0092", "sha256:0a31"], image.Layers);
        Assert.Equal(3, image.History.Count);
        Assert.True(image.History[1].EmptyLayer);
        Assert.False(image.History[0].EmptyLayer);
        Assert.Equal("FROM debian", image.History[2].Comment);
        Assert.Equal(["/usr/bin/tini", "--"], image.Configuration.Entrypoint);
        Assert.Equal(["python3"], image.Configuration.Command);
        Assert.Equal("app", image.Configuration.User);
        Assert.Equal("/app", image.Configuration.WorkingDirectory);
        Assert.Contains("LANG=C.UTF-8", image.Configuration.Environment);
    }

    [Fact]
    public async Task Podman_inspection_takes_history_from_inspect_without_a_second_call()
    {
        using var fake = new FakeEngineClient("podman");
        fake.Reply(0, PodmanInspect);
        var engine = new PodmanEngine(fake.Options());

        var image = await engine.InspectAsync("app:1");

        Assert.Single(fake.Calls());
        Assert.Equal("sha256:3f2a", image.Id);
        Assert.Equal(131172864L, image.Size);
        Assert.Equal(["sha256:aa", "sha256:bb"], image.Layers);
        Assert.True(image.History[1].EmptyLayer);
        Assert.Empty(image.Configuration.Entrypoint);
        Assert.Null(image.Configuration.User);
    }

    [Fact]
    public async Task Docker_inspection_reads_history_oldest_first_from_docker_history()
    {
        using var fake = new FakeEngineClient("docker");
        fake.Reply(0, """
            [{ "Id": "sha256:9c", "Size": 42, "RootFS": { "Layers": ["sha256:l1"] } }]
            """);
        fake.Reply(1, """
            {"CreatedBy":"CMD [\"python3\"]","Size":"0B","Comment":""}
            {"CreatedBy":"RUN apt-get update","Size":"40MB","Comment":"buildkit.dockerfile.v0"}
            """);
        var engine = new DockerEngine(fake.Options());

        var image = await engine.InspectAsync("app:1");

        Assert.Equal(["history", "--no-trunc", "--format", "{{json .}}", "app:1"],
            fake.Calls()[1]);
        Assert.Equal("sha256:9c", image.Id);
        Assert.Equal("RUN apt-get update", image.History[0].CreatedBy);
        Assert.False(image.History[0].EmptyLayer);
        Assert.True(image.History[1].EmptyLayer);
        Assert.Null(image.History[1].Comment);
    }

    [Fact]
    public async Task Unreadable_inspect_output_is_an_engine_error_naming_the_command()
    {
        using var fake = new FakeEngineClient("buildah");
        fake.Reply(0, "{ not json");
        var engine = new BuildahEngine(fake.Options());

        var error = await Assert.ThrowsAsync<EngineException>(() => engine.InspectAsync("x"));

        Assert.Contains("buildah inspect --type image x", error.Message);
        Assert.Contains("JSON Ballast cannot read", error.Message);
    }

    [Fact]
    public async Task Inspecting_an_image_that_is_not_there_reports_the_engines_words()
    {
        using var fake = new FakeEngineClient("podman");
        fake.Reply(0, exitCode: 125, error: "Error: app:9: image not known\n");
        var engine = new PodmanEngine(fake.Options());

        var error = await Assert.ThrowsAsync<EngineException>(() => engine.InspectAsync("app:9"));

        Assert.Contains("image not known", error.Message);
    }
}

using Xunit;
using Ballast.Images;

namespace Ballast.Tests.Images;

public sealed class ImageLayoutTests
{
    private static TestImage TwoLayerImage() => new TestImage()
        .Layer(new LayerBuilder().Directory("etc").File("etc/hostname", "base\n"),
            "ADD rootfs.tar / # buildkit")
        .EmptyStep("ENV A=1")
        .Layer(new LayerBuilder().Directory("app").File("app/main.py", 300),
            "COPY main.py /app/ # buildkit");

    [Fact]
    public void Legacy_docker_save_is_read_through_its_layer_directories()
    {
        var archive = TwoLayerImage().LegacyDockerArchive();

        var analysis = ImageReads.Succeed(archive);

        Assert.Equal(ImageFormat.DockerArchive, analysis.Format);
        Assert.Equal([5L, 300L], analysis.Layers.Select(l => l.Size));
        Assert.All(analysis.Layers, l => Assert.Equal(LayerCompression.None, l.Compression));
        Assert.Null(analysis.CompressedBytes);
    }

    [Fact]
    public void Legacy_docker_save_follows_a_repeated_layer_linked_to_its_first_copy()
    {
        var layer = new LayerBuilder().File("a", 10).ToTar();
        var diffId = TestImage.Digest(layer);
        var config = "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":"
            + $"[\"{diffId}\",\"{diffId}\"]}}}}";
        var manifest = "[{\"Config\":\"c.json\",\"Layers\":[\"one/layer.tar\","
            + "\"two/layer.tar\"]}]";
        var archive = OuterTar(layer,
            ("manifest.json", manifest, null),
            ("c.json", config, null),
            ("one/layer.tar", null, null),
            ("two/layer.tar", null, "../one/layer.tar"));

        var analysis = ImageReads.Succeed(archive);

        Assert.Equal([10L, 10L], analysis.Layers.Select(l => l.Size));
        Assert.Equal(10, analysis.WastedBytes);
    }

    [Fact]
    public void Outer_link_leaving_the_archive_is_rejected()
    {
        var manifest = "[{\"Config\":\"c.json\",\"Layers\":[]}]";
        var archive = OuterTar([],
            ("manifest.json", manifest, null),
            ("c.json", null, "../../etc/passwd"));

        var error = ImageReads.Fail(archive);

        Assert.Contains("leaves the archive", error.Message);
    }

    [Fact]
    public void Stream_that_cannot_seek_is_refused_with_a_message()
    {
        var pipe = new NonSeekableStream(TwoLayerImage().OciArchive());

        var result = ImageReader.Analyze(pipe, "stdin");

        Assert.False(result.Succeeded);
        Assert.Contains("seekable", result.Error!.Message);
    }

    [Fact]
    public void Current_docker_save_without_an_index_is_read_through_manifest_json()
    {
        var archive = TwoLayerImage().DockerArchive();

        var analysis = ImageReads.Succeed(archive);

        Assert.Equal(ImageFormat.DockerArchive, analysis.Format);
        Assert.Equal(305, analysis.TotalBytes);
    }

    [Fact]
    public void Docker_25_save_with_both_index_and_manifest_is_read_as_oci()
    {
        var archive = TwoLayerImage().DockerArchive(withOciIndex: true);

        var analysis = ImageReads.Succeed(archive);

        Assert.Equal(ImageFormat.OciArchive, analysis.Format);
        Assert.Equal(2, analysis.Layers.Count);
    }

    [Theory]
    [InlineData(LayerCompression.None)]
    [InlineData(LayerCompression.Gzip)]
    [InlineData(LayerCompression.Zstd)]
    public void Oci_archive_layers_are_decompressed_by_their_magic_bytes(LayerCompression kind)
    {
        var archive = TwoLayerImage().OciArchive(kind);

        var analysis = ImageReads.Succeed(archive);

        Assert.Equal(ImageFormat.OciArchive, analysis.Format);
        Assert.All(analysis.Layers, l => Assert.Equal(kind, l.Compression));
        Assert.Equal(305, analysis.FinalBytes);
        Assert.Equal(kind == LayerCompression.None, analysis.CompressedBytes is null);
    }

    [Fact]
    public void Wrong_media_type_is_overruled_by_the_content_and_noted()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("a", 10));
        var (files, _, _, _) = image.OciFiles(LayerCompression.Zstd, manifest =>
            manifest.Replace("tar+zstd", "tar+gzip", StringComparison.Ordinal));

        var analysis = ImageReads.Succeed(TestImage.Tar(files));

        Assert.Equal(LayerCompression.Zstd, analysis.Layers[0].Compression);
        Assert.Contains(analysis.Notes, note => note.Contains("declared"));
    }

    [Fact]
    public void Matching_media_type_adds_no_note()
    {
        var analysis = ImageReads.Succeed(TwoLayerImage().OciArchive(LayerCompression.Gzip));

        Assert.Empty(analysis.Notes);
    }

    [Fact]
    public void Oci_layout_directory_is_read_in_place()
    {
        var directory = TwoLayerImage().OciDirectory(LayerCompression.Zstd);

        var result = ImageReader.Analyze(directory);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(ImageFormat.OciLayout, result.Analysis.Format);
        Assert.Equal(2, result.Analysis.FileCount);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Archive_file_on_disk_is_read_by_path()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, TwoLayerImage().OciArchive().ToArray());

        var result = ImageReader.Analyze(path);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(path, result.Analysis.Source);
        File.Delete(path);
    }

    [Fact]
    public void Compressed_size_comes_from_the_blob_while_size_counts_file_content()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("zeros", 1 << 20));

        var layer = ImageReads.Succeed(image.OciArchive(LayerCompression.Gzip)).Layers[0];

        Assert.Equal(1 << 20, layer.Size);
        Assert.InRange(layer.CompressedSize!.Value, 1, 1 << 16);
    }

    [Fact]
    public void Multi_platform_index_gives_the_requested_platform()
    {
        var arm = new TestImage().Layer(new LayerBuilder().File("arm", 7));
        var amd = new TestImage().Layer(new LayerBuilder().File("amd", 9));
        var archive = MultiPlatformArchive(amd, arm);
        var options = new ImageReadOptions { Platform = "linux/arm64" };

        var analysis = ImageReads.Succeed(archive, options);

        Assert.Equal("arm", analysis.LargestFiles.Single().Path);
    }

    [Fact]
    public void Missing_platform_is_an_error_listing_those_available()
    {
        var arm = new TestImage().Layer(new LayerBuilder().File("arm", 7));
        var amd = new TestImage().Layer(new LayerBuilder().File("amd", 9));
        var options = new ImageReadOptions { Platform = "linux/s390x" };

        var error = ImageReads.Fail(MultiPlatformArchive(amd, arm), options);

        Assert.Contains("linux/amd64", error.Message);
        Assert.Contains("linux/arm64", error.Message);
    }

    [Fact]
    public void Attestation_manifests_are_skipped()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("app", 3));
        var (files, _, _, manifestDigest) = image.OciFiles(LayerCompression.Gzip);
        var attestation = "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + $"\"digest\":\"{manifestDigest}\",\"size\":1,"
            + "\"platform\":{\"architecture\":\"unknown\",\"os\":\"unknown\"}}";
        var real = IndexEntry(files, manifestDigest, "amd64");
        Replace(files, "index.json", TestImage.Index(attestation, real));

        var analysis = ImageReads.Succeed(TestImage.Tar(files));

        Assert.Equal("app", analysis.LargestFiles.Single().Path);
    }

    [Fact]
    public void Config_settings_are_reported()
    {
        var image = new TestImage
        {
            User = "app",
            Entrypoint = ["/app/run"],
            Cmd = ["--serve"],
            Env = ["PATH=/usr/bin"],
            WorkingDir = "/app",
            ExposedPorts = ["8080/tcp"],
        }.Layer(new LayerBuilder().File("app/run", 1));

        var configuration = ImageReads.Succeed(image).Configuration;

        Assert.Equal("app", configuration.User);
        Assert.Equal(["/app/run"], configuration.Entrypoint);
        Assert.Equal(["--serve"], configuration.Cmd);
        Assert.Equal(["PATH=/usr/bin"], configuration.Env);
        Assert.Equal("/app", configuration.WorkingDirectory);
        Assert.Equal(["8080/tcp"], configuration.ExposedPorts);
        Assert.Equal("amd64", configuration.Architecture);
    }

    [Fact]
    public void Unset_user_reads_as_null()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("a", 1));

        var configuration = ImageReads.Succeed(image).Configuration;

        Assert.Null(configuration.User);
        Assert.Empty(configuration.Entrypoint);
    }

    /// <summary>Entries with text content, the layer's content (no text) or a link target.
    /// </summary>
    private static MemoryStream OuterTar(byte[] layerContent,
        params (string Name, string? Text, string? Link)[] entries)
    {
        var output = new MemoryStream();
        using (var writer = new System.Formats.Tar.TarWriter(output, leaveOpen: true))
        {
            foreach (var (name, text, link) in entries)
            {
                var type = link is null
                    ? System.Formats.Tar.TarEntryType.RegularFile
                    : System.Formats.Tar.TarEntryType.SymbolicLink;
                var entry = new System.Formats.Tar.PaxTarEntry(type, name);
                if (link is not null)
                {
                    entry.LinkName = link;
                }
                else
                {
                    entry.DataStream = new MemoryStream(
                        text is null ? layerContent : System.Text.Encoding.UTF8.GetBytes(text));
                }

                writer.WriteEntry(entry);
            }
        }

        output.Position = 0;
        return output;
    }

    private static MemoryStream MultiPlatformArchive(TestImage amd, TestImage arm)
    {
        var (files, _, _, amdManifest) = amd.OciFiles(LayerCompression.Gzip);
        var (armFiles, _, _, armManifest) = arm.OciFiles(LayerCompression.Gzip);
        files.AddRange(armFiles.Where(f => f.Name.StartsWith("blobs/", StringComparison.Ordinal)));
        var index = TestImage.Index(
            IndexEntry(files, amdManifest, "amd64"), IndexEntry(files, armManifest, "arm64"));
        Replace(files, "index.json", index);
        return TestImage.Tar(files);
    }

    private static string IndexEntry(
        List<(string Name, byte[] Content)> files, string digest, string architecture)
    {
        var size = files.First(f => f.Name == TestImage.BlobPath(digest)).Content.Length;
        return "{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + $"\"digest\":\"{digest}\",\"size\":{size},"
            + $"\"platform\":{{\"architecture\":\"{architecture}\",\"os\":\"linux\"}}}}";
    }

    private static void Replace(List<(string Name, byte[] Content)> files, string name,
        string content)
    {
        files.RemoveAll(f => f.Name == name);
        files.Add((name, System.Text.Encoding.UTF8.GetBytes(content)));
    }
}

using System.Text;
using Ballast.Images;
using Xunit;

namespace Ballast.Tests.Images;

public sealed class HostileArchiveTests
{
    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("usr/../../etc/passwd")]
    public void Entry_climbing_out_of_the_root_is_rejected(string name)
    {
        var image = new TestImage().Layer(new LayerBuilder().File(name, "x"));

        var error = ImageReads.Fail(image);

        Assert.Contains("climbs out", error.Message);
        Assert.Contains(name, error.Location);
    }

    [Fact]
    public void Absolute_entry_path_is_rejected()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("/etc/shadow", "x"));

        var error = ImageReads.Fail(image);

        Assert.Contains("absolute path", error.Message);
    }

    [Fact]
    public void Symbolic_link_out_of_the_root_is_rejected()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().SymbolicLink("app/escape", "../../../host/etc"));

        var error = ImageReads.Fail(image);

        Assert.Contains("points out of the image root", error.Message);
    }

    [Theory]
    [InlineData("/usr/lib/libc.so.6")]
    [InlineData("../usr/lib/libc.so.6")]
    public void Symbolic_links_that_stay_inside_are_accepted(string target)
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().SymbolicLink("lib/libc.so.6", target));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(0, analysis.FinalBytes);
    }

    [Fact]
    public void Hard_link_out_of_the_root_is_rejected()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("a", 1).HardLink("b", "../outside"));

        var error = ImageReads.Fail(image);

        Assert.Contains("climbs out", error.Message);
    }

    [Fact]
    public void Too_many_entries_are_rejected_at_the_configured_limit()
    {
        var layer = new LayerBuilder();
        for (var i = 0; i < 10; i++)
        {
            layer.File($"f{i}", 1);
        }

        var options = new ImageReadOptions { MaxEntries = 8 };

        var error = ImageReads.Fail(new TestImage().Layer(layer).OciArchive(), options);

        Assert.Contains("more than 8 entries", error.Message);
    }

    [Fact]
    public void Entry_declaring_more_than_the_size_limit_is_rejected()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("huge", 4096));
        var options = new ImageReadOptions { MaxEntryBytes = 1024 };

        var error = ImageReads.Fail(image.OciArchive(), options);

        Assert.Contains("over the limit", error.Message);
    }

    [Theory]
    [InlineData(LayerCompression.None)]
    [InlineData(LayerCompression.Gzip)]
    [InlineData(LayerCompression.Zstd)]
    public void Truncated_archive_is_an_error_not_an_exception(LayerCompression compression)
    {
        var image = new TestImage().Layer(new LayerBuilder().File("data", Noise(20_000)));
        var whole = image.OciArchive(compression).ToArray();
        var cut = new MemoryStream(whole[..(whole.Length * 2 / 3)]);

        var error = ImageReads.Fail(cut);

        Assert.False(string.IsNullOrEmpty(error.Message));
    }

    [Fact]
    public void Layer_blob_cut_short_inside_a_whole_archive_is_rejected()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("data", Noise(20_000)));
        var (files, _, layers, _) = image.OciFiles(LayerCompression.Gzip);
        var index = files.FindIndex(f => f.Name == layers[0]);
        files[index] = (files[index].Name, files[index].Content[..^100]);

        var error = ImageReads.Fail(TestImage.Tar(files));

        Assert.Contains("declares", error.Message);
    }

    [Theory]
    [InlineData(LayerCompression.Gzip)]
    [InlineData(LayerCompression.Zstd)]
    public void Compressed_stream_cut_short_is_rejected_without_digest_checks(
        LayerCompression compression)
    {
        var image = new TestImage().Layer(new LayerBuilder().File("data", Noise(50_000)));
        var whole = TestImage.Compress(new LayerBuilder().File("data", Noise(50_000)).ToTar(),
            compression);
        var cut = whole[..(whole.Length / 2)];
        var (files, _, layers, _) = image.OciFiles(compression, manifest => manifest.Replace(
            $"\"size\":{whole.Length}", $"\"size\":{cut.Length}", StringComparison.Ordinal));
        var index = files.FindIndex(f => f.Name == layers[0]);
        files[index] = (files[index].Name, cut);

        var error = ImageReads.Fail(TestImage.Tar(files),
            new ImageReadOptions { VerifyDigests = false });

        Assert.Contains(layers[0], error.Location);
    }

    [Fact]
    public void Docker_layer_tar_cut_short_is_reported_as_truncated()
    {
        var layer = new LayerBuilder().File("data", Noise(20_000)).ToTar();
        var manifest = "[{\"Config\":\"c.json\",\"Layers\":[\"l/layer.tar\"]}]";
        var config = "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\""
            + TestImage.Digest(layer) + "\"]}}";
        var archive = TestImage.Tar([
            ("manifest.json", Encoding.UTF8.GetBytes(manifest)),
            ("c.json", Encoding.UTF8.GetBytes(config)),
            ("l/layer.tar", layer[..10_000]),
        ]);

        var error = ImageReads.Fail(archive);

        Assert.Contains("truncated", error.Message);
        Assert.Contains("l/layer.tar", error.Location);
    }

    [Fact]
    public void Layer_not_matching_its_diff_id_is_rejected()
    {
        var image = new TestImage { CorruptDiffIdAt = 0 }
            .Layer(new LayerBuilder().File("a", 10));

        var error = ImageReads.Fail(image);

        Assert.Contains("hashes to", error.Message);
        Assert.Contains("uncompressed", error.Location);
    }

    [Fact]
    public void Diff_id_mismatch_is_accepted_when_verification_is_off()
    {
        var image = new TestImage { CorruptDiffIdAt = 0 }
            .Layer(new LayerBuilder().File("a", 10));

        var analysis = ImageReads.Succeed(image.OciArchive(),
            new ImageReadOptions { VerifyDigests = false });

        Assert.Equal(10, analysis.TotalBytes);
    }

    [Fact]
    public void Blob_not_matching_its_digest_is_rejected()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("a", 10));
        var (files, _, layers, _) = image.OciFiles(LayerCompression.None);
        var other = new LayerBuilder().File("b", 10).ToTar();
        var index = files.FindIndex(f => f.Name == layers[0]);
        files[index] = (files[index].Name, other);

        var error = ImageReads.Fail(TestImage.Tar(files));

        Assert.Contains("hashes to", error.Message);
    }

    [Fact]
    public void Decompression_bomb_is_stopped_by_the_ratio_limit()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("zeros", 8 << 20));
        var options = new ImageReadOptions
        {
            MaxCompressionRatio = 20,
            CompressionRatioGrace = 1 << 20,
        };

        var error = ImageReads.Fail(image.OciArchive(LayerCompression.Gzip), options);

        Assert.Contains("decompression bomb", error.Message);
    }

    [Fact]
    public void Layer_expanding_past_the_size_limit_is_stopped()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("zeros", 4 << 20));
        var options = new ImageReadOptions { MaxLayerBytes = 1 << 20 };

        var error = ImageReads.Fail(image.OciArchive(LayerCompression.Zstd), options);

        Assert.Contains("past the limit", error.Message);
    }

    [Fact]
    public void Digest_crafted_as_a_path_is_rejected()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("a", 1));
        var layerDigest = "sha256:" + Path.GetFileName(
            image.OciFiles(LayerCompression.Gzip).LayerPaths[0]);
        var (files, _, _, _) = image.OciFiles(LayerCompression.Gzip, manifest =>
            manifest.Replace(layerDigest, "sha256:../../../etc/passwd", StringComparison.Ordinal));

        var error = ImageReads.Fail(TestImage.Tar(files), new ImageReadOptions
        {
            VerifyDigests = false,
        });

        Assert.Contains("not a valid digest", error.Message);
    }

    [Fact]
    public void Docker_manifest_layer_path_climbing_out_is_rejected()
    {
        var manifest = "[{\"Config\":\"c.json\",\"Layers\":[\"../../layer.tar\"]}]";
        var archive = TestImage.Tar([
            ("manifest.json", Encoding.UTF8.GetBytes(manifest)),
            ("c.json", Encoding.UTF8.GetBytes("{\"rootfs\":{\"diff_ids\":[]}}")),
        ]);

        var error = ImageReads.Fail(archive);

        Assert.Contains("climbs out", error.Message);
    }

    [Fact]
    public void Outer_archive_entry_climbing_out_is_rejected()
    {
        var archive = TestImage.Tar([("../index.json", Encoding.UTF8.GetBytes("{}"))]);

        var error = ImageReads.Fail(archive);

        Assert.Contains("climbs out", error.Message);
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_file()
    {
        var archive = TestImage.Tar([("manifest.json", Encoding.UTF8.GetBytes("[{oops"))]);

        var error = ImageReads.Fail(archive);

        Assert.Contains("invalid JSON", error.Message);
        Assert.Contains("manifest.json", error.Location);
    }

    [Fact]
    public void Tar_without_any_image_is_reported_as_such()
    {
        var archive = TestImage.Tar([("README", Encoding.UTF8.GetBytes("hello"))]);

        var error = ImageReads.Fail(archive);

        Assert.Contains("neither index.json", error.Message);
    }

    [Fact]
    public void File_that_is_not_a_tar_is_an_error()
    {
        var error = ImageReads.Fail(new MemoryStream(Noise(5000)));

        Assert.False(string.IsNullOrEmpty(error.Message));
    }

    [Fact]
    public void Missing_path_is_an_error()
    {
        var result = ImageReader.Analyze("/nonexistent/image.tar");

        Assert.False(result.Succeeded);
        Assert.Contains("no such file", result.Error!.Message);
    }

    [Fact]
    public void Layout_blob_linked_outside_the_directory_is_rejected()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("a", 1));
        var directory = image.OciDirectory();
        var outside = Path.GetTempFileName();
        var (_, _, layers, _) = image.OciFiles(LayerCompression.Gzip);
        var blob = Path.Combine(directory, layers[0]);
        File.Copy(blob, outside, overwrite: true);
        File.Delete(blob);
        File.CreateSymbolicLink(blob, outside);

        var result = ImageReader.Analyze(directory);

        Assert.False(result.Succeeded);
        Assert.Contains("leaves the layout", result.Error!.Message);
        Directory.Delete(directory, recursive: true);
        File.Delete(outside);
    }

    [Fact]
    public void Bare_whiteout_marker_is_rejected()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("dir/.wh.", ""));

        var error = ImageReads.Fail(image);

        Assert.Contains("whiteout names no file", error.Message);
    }

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}

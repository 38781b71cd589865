using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ballast.Images;
using ZstdSharp;

namespace Ballast.Tests.Images;

/// <summary>
/// Assembles an image from layers and writes it in each layout Ballast reads: docker save
/// (legacy and current), OCI archive and OCI layout directory.
/// </summary>
internal sealed class TestImage
{
    private readonly List<(byte[] Tar, string CreatedBy)> layers = [];
    private readonly List<(string CreatedBy, bool Empty)> history = [];

    public string? User { get; init; }

    public string[] Entrypoint { get; init; } = [];

    public string[] Cmd { get; init; } = [];

    public string[] Env { get; init; } = [];

    public string? WorkingDir { get; init; }

    public string[] ExposedPorts { get; init; } = [];

    /// <summary>Replaces the diff_id of the layer at this index with a wrong digest.</summary>
    public int? CorruptDiffIdAt { get; init; }

    public TestImage Layer(LayerBuilder layer, string createdBy = "RUN step # buildkit")
    {
        layers.Add((layer.ToTar(), createdBy));
        history.Add((createdBy, false));
        return this;
    }

    public TestImage EmptyStep(string createdBy)
    {
        history.Add((createdBy, true));
        return this;
    }

    public TestImage OmitHistory()
    {
        history.Clear();
        return this;
    }

    public static string Digest(byte[] content) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    public static byte[] Compress(byte[] tar, LayerCompression compression)
    {
        if (compression == LayerCompression.None)
        {
            return tar;
        }

        using var output = new MemoryStream();
        Stream compressor = compression == LayerCompression.Gzip
            ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)
            : new CompressionStream(output, level: 3, leaveOpen: true);
        using (compressor)
        {
            compressor.Write(tar);
        }

        return output.ToArray();
    }

    public byte[] ConfigJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("architecture", "amd64");
            json.WriteString("os", "linux");
            json.WriteStartObject("config");
            if (User is not null)
            {
                json.WriteString("User", User);
            }

            WriteArray(json, "Env", Env);
            WriteArray(json, "Entrypoint", Entrypoint);
            WriteArray(json, "Cmd", Cmd);
            if (WorkingDir is not null)
            {
                json.WriteString("WorkingDir", WorkingDir);
            }

            json.WriteStartObject("ExposedPorts");
            foreach (var port in ExposedPorts)
            {
                json.WriteStartObject(port);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("rootfs");
            json.WriteString("type", "layers");
            json.WriteStartArray("diff_ids");
            for (var i = 0; i < layers.Count; i++)
            {
                json.WriteStringValue(CorruptDiffIdAt == i
                    ? Digest(Encoding.UTF8.GetBytes("not this layer"))
                    : Digest(layers[i].Tar));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("history");
            foreach (var (createdBy, empty) in history)
            {
                json.WriteStartObject();
                json.WriteString("created_by", createdBy);
                if (empty)
                {
                    json.WriteBoolean("empty_layer", true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>docker save up to Docker 24: id/layer.tar directories and hex.json config.
    /// </summary>
    public MemoryStream LegacyDockerArchive()
    {
        var config = ConfigJson();
        var configName = Digest(config)["sha256:".Length..] + ".json";
        var files = new List<(string Name, byte[] Content)> { (configName, config) };
        var layerNames = new List<string>();
        for (var i = 0; i < layers.Count; i++)
        {
            var id = Convert.ToHexStringLower(SHA256.HashData([(byte)i]));
            files.Add(($"{id}/VERSION", Encoding.UTF8.GetBytes("1.0")));
            files.Add(($"{id}/layer.tar", layers[i].Tar));
            layerNames.Add($"{id}/layer.tar");
        }

        files.Add(("manifest.json", DockerManifest(configName, layerNames)));
        files.Add(("repositories", Encoding.UTF8.GetBytes("{}")));
        return Tar(files);
    }

    /// <summary>
    /// docker save since Docker 25: an OCI layout plus manifest.json; without the index it
    /// is what podman's docker-archive holds.
    /// </summary>
    public MemoryStream DockerArchive(bool withOciIndex = false)
    {
        var (files, configPath, layerPaths, _) = OciFiles(LayerCompression.None);
        files.Add(("manifest.json", DockerManifest(configPath, layerPaths)));
        if (!withOciIndex)
        {
            files.RemoveAll(file => file.Name is "index.json" or "oci-layout");
        }

        return Tar(files);
    }

    public MemoryStream OciArchive(LayerCompression compression = LayerCompression.Gzip) =>
        Tar(OciFiles(compression).Files);

    public string OciDirectory(LayerCompression compression = LayerCompression.Gzip)
    {
        var root = Directory.CreateTempSubdirectory("ballast-oci-").FullName;
        foreach (var (name, content) in OciFiles(compression).Files)
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }

        return root;
    }

    /// <summary>
    /// The files of an OCI layout; <paramref name="manifestEdit"/> may rewrite the manifest
    /// JSON text before it is stored, for hostile cases.
    /// </summary>
    public (List<(string Name, byte[] Content)> Files, string ConfigPath,
        List<string> LayerPaths, string ManifestDigest) OciFiles(
        LayerCompression compression, Func<string, string>? manifestEdit = null)
    {
        var files = new List<(string Name, byte[] Content)>
        {
            ("oci-layout", Encoding.UTF8.GetBytes("{\"imageLayoutVersion\":\"1.0.0\"}")),
        };
        var config = ConfigJson();
        files.Add((BlobPath(Digest(config)), config));
        var layerJson = new StringBuilder();
        var layerPaths = new List<string>();
        foreach (var (tar, _) in layers)
        {
            var blob = Compress(tar, compression);
            var digest = Digest(blob);
            if (!files.Any(file => file.Name == BlobPath(digest)))
            {
                files.Add((BlobPath(digest), blob));
            }

            layerPaths.Add(BlobPath(digest));
            layerJson.Append(layerJson.Length == 0 ? "" : ",").Append(
                $"{{\"mediaType\":\"{MediaType(compression)}\",\"digest\":\"{digest}\","
                + $"\"size\":{blob.Length}}}");
        }

        var manifestText =
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
            + $"\"digest\":\"{Digest(config)}\",\"size\":{config.Length}}},"
            + $"\"layers\":[{layerJson}]}}";
        var manifest = Encoding.UTF8.GetBytes(manifestEdit?.Invoke(manifestText) ?? manifestText);
        var manifestDigest = Digest(manifest);
        files.Add((BlobPath(manifestDigest), manifest));
        files.Add(("index.json", Encoding.UTF8.GetBytes(Index(
            $"{{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            + $"\"digest\":\"{manifestDigest}\",\"size\":{manifest.Length},"
            + "\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}"))));
        return (files, BlobPath(Digest(config)), layerPaths, manifestDigest);
    }

    public static string Index(params string[] manifests) =>
        "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
        + $"\"manifests\":[{string.Join(',', manifests)}]}}";

    public static string BlobPath(string digest) => "blobs/sha256/" + digest["sha256:".Length..];

    public static MemoryStream Tar(IEnumerable<(string Name, byte[] Content)> files)
    {
        var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name)
                {
                    DataStream = new MemoryStream(content),
                });
            }
        }

        output.Position = 0;
        return output;
    }

    private static string MediaType(LayerCompression compression) => compression switch
    {
        LayerCompression.Gzip => "application/vnd.oci.image.layer.v1.tar+gzip",
        LayerCompression.Zstd => "application/vnd.oci.image.layer.v1.tar+zstd",
        _ => "application/vnd.oci.image.layer.v1.tar",
    };

    private static byte[] DockerManifest(string config, List<string> layerPaths)
    {
        var layerList = string.Join(',', layerPaths.Select(path => $"\"{path}\""));
        return Encoding.UTF8.GetBytes(
            $"[{{\"Config\":\"{config}\",\"RepoTags\":[\"test:latest\"],"
            + $"\"Layers\":[{layerList}]}}]");
    }

    private static void WriteArray(Utf8JsonWriter json, string name, string[] values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Ballast.Bench.Images;

/// <summary>
/// Writes a one-layer gzip OCI archive whose files look like source and text (about 3:1
/// under gzip), so decompression costs what it costs on real layers.
/// </summary>
internal static class ImageGenerator
{
    private static readonly string[] Words =
    [
        "package", "import", "return", "function", "const", "value", "index", "layer",
        "struct", "string", "error", "config", "build", "image", "stage", "public", "class",
        "static", "void", "int", "for", "if", "else", "while", "true", "false", "null",
    ];

    public static (long Uncompressed, long Compressed) Generate(string directory, long target)
    {
        Directory.CreateDirectory(directory);
        var layerPath = Path.Combine(directory, "layer.tar.gz");
        var random = new Random(42);
        var corpus = Corpus(random, 16 << 20);
        string diffId;
        string digest;
        long uncompressed;
        using (var file = File.Create(layerPath))
        using (var blob = new HashingStream(file))
        {
            using (var gzip = new GZipStream(blob, CompressionLevel.Fastest, leaveOpen: true))
            using (var content = new HashingStream(gzip))
            {
                WriteTar(content, corpus, random, target);
                content.Flush();
                diffId = content.Digest();
                uncompressed = content.Written;
            }

            digest = blob.Digest();
        }

        WriteArchive(directory, layerPath, digest, diffId);
        return (uncompressed, new FileInfo(layerPath).Length);
    }

    private static void WriteTar(Stream output, byte[] corpus, Random random, long target)
    {
        using var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        long written = 0;
        for (var i = 0; written < target; i++)
        {
            // Mostly small files, as in real layers (node_modules, site-packages), with the
            // occasional large library; the mean is about 20 KiB.
            var size = (i % 1000) switch
            {
                0 => random.Next(2 << 20, 8 << 20),
                < 900 => random.Next(200, 16 << 10),
                _ => random.Next(16 << 10, 128 << 10),
            };
            var start = random.Next(0, corpus.Length - size);
            var name = $"usr/share/bench/d{i % 97}/f{i}";
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name)
            {
                DataStream = new MemoryStream(corpus, start, size, writable: false),
            };
            writer.WriteEntry(entry);
            written += size;
        }
    }

    private static byte[] Corpus(Random random, int length)
    {
        var text = new StringBuilder(length + 64);
        while (text.Length < length)
        {
            text.Append(Words[random.Next(Words.Length)])
                .Append(random.Next(10) == 0 ? '\n' : ' ')
                .Append(random.Next(1000));
        }

        return Encoding.ASCII.GetBytes(text.ToString(0, length));
    }

    private static void WriteArchive(string directory, string layerPath, string digest,
        string diffId)
    {
        var config = Encoding.UTF8.GetBytes(
            "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\","
            + $"\"diff_ids\":[\"{diffId}\"]}},\"history\":[{{\"created_by\":\"COPY . /\"}}]}}");
        var configDigest = Sha256(config);
        var layerSize = new FileInfo(layerPath).Length;
        var manifest = Encoding.UTF8.GetBytes(
            "{\"schemaVersion\":2,\"config\":{\"mediaType\":"
            + "\"application/vnd.oci.image.config.v1+json\","
            + $"\"digest\":\"{configDigest}\",\"size\":{config.Length}}},\"layers\":[{{"
            + "\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\","
            + $"\"digest\":\"{digest}\",\"size\":{layerSize}}}]}}");
        var manifestDigest = Sha256(manifest);
        var index = Encoding.UTF8.GetBytes(
            "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":"
            + "\"application/vnd.oci.image.manifest.v1+json\","
            + $"\"digest\":\"{manifestDigest}\",\"size\":{manifest.Length}}}]}}");

        using var output = File.Create(Path.Combine(directory, "image.tar"));
        using var writer = new TarWriter(output, TarEntryFormat.Pax);
        Add(writer, "oci-layout", Encoding.UTF8.GetBytes("{\"imageLayoutVersion\":\"1.0.0\"}"));
        Add(writer, "index.json", index);
        Add(writer, BlobPath(configDigest), config);
        Add(writer, BlobPath(manifestDigest), manifest);
        writer.WriteEntry(layerPath, BlobPath(digest));
    }

    private static void Add(TarWriter writer, string name, byte[] content) =>
        writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = new MemoryStream(content),
        });

    private static string BlobPath(string digest) => "blobs/sha256/" + digest[7..];

    private static string Sha256(byte[] content) =>
        "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
}

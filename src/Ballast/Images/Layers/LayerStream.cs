using System.IO.Compression;
using Ballast.Images.Archives;
using ZstdSharp;

namespace Ballast.Images.Layers;

/// <summary>
/// A layer blob opened for one pass: compression found from its first bytes (names and
/// media types are not trusted), decompressed, metered and hashed.
/// </summary>
internal sealed class LayerStream : IDisposable
{
    private static ReadOnlySpan<byte> GzipMagic => [0x1F, 0x8B];

    private static ReadOnlySpan<byte> ZstdMagic => [0x28, 0xB5, 0x2F, 0xFD];

    private readonly Stream blob;
    private readonly Stream? decompressor;
    private readonly MeteredStream raw;

    private LayerStream(Stream blob, LayerCompression compression, MeteredStream raw,
        Stream? decompressor, MeteredStream content)
    {
        this.blob = blob;
        this.raw = raw;
        this.decompressor = decompressor;
        Compression = compression;
        Content = content;
    }

    public LayerCompression Compression { get; }

    /// <summary>The uncompressed tar.</summary>
    public MeteredStream Content { get; }

    public static LayerStream Open(Stream blob, LayerSource source, string? diffId,
        ImageReadOptions options)
    {
        var location = source.Path;
        var compression = Sniff(blob);
        var verifyContent = options.VerifyDigests && diffId is not null;
        var raw = new MeteredStream(blob, location)
        {
            Hash = BlobHash(source, diffId, compression, options),
            Limit = compression == LayerCompression.None ? options.MaxLayerBytes : long.MaxValue,
        };
        if (compression == LayerCompression.None)
        {
            return new LayerStream(blob, compression, raw, null, raw);
        }

        Stream decompressor = compression == LayerCompression.Gzip
            ? new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true)
            : new DecompressionStream(raw, leaveOpen: true);
        var content = new MeteredStream(decompressor, location)
        {
            Hash = verifyContent ? BlobDigest.CreateHash(diffId!, location) : null,
            Limit = options.MaxLayerBytes,
            Source = raw,
            MaxRatio = options.MaxCompressionRatio,
            RatioGrace = options.CompressionRatioGrace,
        };
        return new LayerStream(blob, compression, raw, decompressor, content);
    }

    /// <summary>
    /// Reads what the tar reader left (end-of-archive padding) and checks the digests: the
    /// blob's, and the diff_id of the uncompressed tar (the same bytes for a plain tar).
    /// </summary>
    public void Finish(LayerSource source, string? diffId)
    {
        Content.Drain();
        raw.Drain();
        var blobHash = raw.Hash?.GetHashAndReset();
        if (blobHash is not null && source.Digest is not null)
        {
            BlobDigest.Check(blobHash, source.Digest, source.Path);
        }

        var contentHash = Compression == LayerCompression.None
            ? blobHash
            : Content.Hash?.GetHashAndReset();
        if (contentHash is not null && diffId is not null)
        {
            BlobDigest.Check(contentHash, diffId, source.Path + " (uncompressed)");
        }
    }

    public void Dispose()
    {
        Content.Dispose();
        decompressor?.Dispose();
        raw.Dispose();
        blob.Dispose();
    }

    private static System.Security.Cryptography.IncrementalHash? BlobHash(
        LayerSource source, string? diffId, LayerCompression compression,
        ImageReadOptions options)
    {
        var digest = compression == LayerCompression.None
            ? source.Digest ?? diffId
            : source.Digest;
        return options.VerifyDigests && digest is not null
            ? BlobDigest.CreateHash(digest, source.Path)
            : null;
    }

    private static LayerCompression Sniff(Stream blob)
    {
        Span<byte> head = stackalloc byte[4];
        var read = blob.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        blob.Position = 0;
        if (read >= 4 && head.StartsWith(ZstdMagic))
        {
            return LayerCompression.Zstd;
        }

        return read >= 2 && head.StartsWith(GzipMagic)
            ? LayerCompression.Gzip
            : LayerCompression.None;
    }
}

using System.Security.Cryptography;

namespace Ballast.Images.Layers;

/// <summary>
/// A read-only pass-through that counts bytes, optionally hashes them, and stops reading
/// once a size limit or a ratio to another stream's count is exceeded (decompression bombs).
/// </summary>
internal sealed class MeteredStream(Stream inner, string location) : Stream
{
    public long BytesRead { get; private set; }

    public IncrementalHash? Hash { get; init; }

    public long Limit { get; init; } = long.MaxValue;

    /// <summary>The compressed stream this one is decompressed from, for the ratio check.
    /// </summary>
    public MeteredStream? Source { get; init; }

    public double MaxRatio { get; init; } = double.PositiveInfinity;

    public long RatioGrace { get; init; } = long.MaxValue;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (read == 0)
        {
            return 0;
        }

        BytesRead += read;
        Hash?.AppendData(buffer[..read]);
        if (BytesRead > Limit)
        {
            throw new InvalidImageException(
                $"layer expands past the limit of {Limit} bytes", location);
        }

        if (Source is not null && BytesRead > RatioGrace
            && BytesRead > MaxRatio * Math.Max(1, Source.BytesRead))
        {
            throw new InvalidImageException(
                $"layer expands more than {MaxRatio}:1, a likely decompression bomb", location);
        }

        return read;
    }

    /// <summary>Reads to the end so that hashes cover the whole stream.</summary>
    public void Drain()
    {
        var buffer = new byte[1 << 16];
        while (Read(buffer) > 0)
        {
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Hash?.Dispose();
        }

        base.Dispose(disposing);
    }
}

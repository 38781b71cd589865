using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Ballast.Images.Archives;

/// <summary>Reads small JSON blobs with a size cap and, when asked, a digest check.</summary>
internal sealed class JsonBlobReader(IBlobStore store, ImageReadOptions options)
{
    public T Read<T>(BlobReference blob, JsonTypeInfo<T> type)
    {
        using var stream = store.Open(blob.Path);
        if (stream.Length > options.MaxJsonBytes)
        {
            throw new InvalidImageException(
                $"JSON document of {stream.Length} bytes is over the limit", blob.Path);
        }

        var content = new byte[stream.Length];
        stream.ReadExactly(content);
        if (options.VerifyDigests && blob.Digest is not null)
        {
            BlobDigest.CheckContent(content, blob.Digest, blob.Path);
        }

        try
        {
            return JsonSerializer.Deserialize(content, type)
                ?? throw new InvalidImageException("JSON document is null", blob.Path);
        }
        catch (JsonException error)
        {
            throw new InvalidImageException($"invalid JSON: {error.Message}", blob.Path);
        }
    }
}

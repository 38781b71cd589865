using System.Security.Cryptography;

namespace Ballast.Images.Archives;

/// <summary>Content digests (<c>sha256:&lt;hex&gt;</c>): validation, blob paths and hashing.
/// </summary>
internal static class BlobDigest
{
    /// <summary>
    /// The layout path of a digest's blob. The digest is checked strictly first, because it
    /// becomes a path and a crafted one could otherwise point anywhere.
    /// </summary>
    public static string BlobPath(string? digest, string location)
    {
        var (algorithm, encoded) = Split(digest, location);
        return $"blobs/{algorithm}/{encoded}";
    }

    /// <summary>Starts an incremental hash for the digest's algorithm.</summary>
    public static IncrementalHash CreateHash(string digest, string location)
    {
        var (algorithm, _) = Split(digest, location);
        return IncrementalHash.CreateHash(
            algorithm == "sha512" ? HashAlgorithmName.SHA512 : HashAlgorithmName.SHA256);
    }

    /// <summary>Throws unless the hash value equals the expected digest.</summary>
    public static void Check(byte[] hashValue, string expected, string location)
    {
        var (algorithm, encoded) = Split(expected, location);
        var actual = Convert.ToHexStringLower(hashValue);
        if (actual != encoded)
        {
            throw new InvalidImageException(
                $"content hashes to {algorithm}:{actual}, not {expected}", location);
        }
    }

    /// <summary>Throws unless the bytes hash to the expected digest.</summary>
    public static void CheckContent(ReadOnlySpan<byte> content, string expected, string location)
    {
        using var hash = CreateHash(expected, location);
        hash.AppendData(content);
        Check(hash.GetHashAndReset(), expected, location);
    }

    private static (string Algorithm, string Encoded) Split(string? digest, string location)
    {
        var colon = digest?.IndexOf(':') ?? -1;
        if (digest is null || colon < 0)
        {
            throw new InvalidImageException($"'{digest}' is not a digest", location);
        }

        var algorithm = digest[..colon];
        var encoded = digest[(colon + 1)..];
        var expectedLength = algorithm switch
        {
            "sha256" => 64,
            "sha512" => 128,
            _ => throw new InvalidImageException(
                $"digest algorithm '{algorithm}' is not supported", location),
        };
        if (encoded.Length != expectedLength || !encoded.All(char.IsAsciiHexDigitLower))
        {
            throw new InvalidImageException($"'{digest}' is not a valid digest", location);
        }

        return (algorithm, encoded);
    }
}

namespace Ballast.Images.Archives;

/// <summary>Where a blob lies in the store, and the digest it should hash to if known.
/// </summary>
internal sealed record BlobReference(string Path, string? Digest);

namespace Ballast.Images.Archives;

/// <summary>Where a layer blob lies and what its manifest says about it.</summary>
internal sealed record LayerSource(
    string Path,
    string? Digest,
    string? MediaType,
    long? DeclaredSize);

namespace Ballast.Images;

/// <summary>What one layer wrote, and how much of it the final filesystem still shows.</summary>
/// <param name="Index">Position in the image, 0 being the base.</param>
/// <param name="DiffId">The digest of the uncompressed tar, from the config's rootfs.</param>
/// <param name="Digest">The blob digest from the manifest, when the format names one.</param>
/// <param name="Compression">The compression found from the blob's first bytes.</param>
/// <param name="CompressedSize">The blob size as stored; null for uncompressed blobs.</param>
/// <param name="Size">Content bytes of every regular file the layer writes.</param>
/// <param name="CreatedBy">The history command that made the layer, null when unknown.</param>
/// <param name="Changes">How many paths the layer adds, changes and removes.</param>
/// <param name="WastedBytes">Bytes written by this layer that later layers hide.</param>
/// <param name="HiddenBytes">Bytes of earlier layers that this layer hides.</param>
public sealed record LayerAnalysis(
    int Index,
    string? DiffId,
    string? Digest,
    LayerCompression Compression,
    long? CompressedSize,
    long Size,
    string? CreatedBy,
    LayerChanges Changes,
    long WastedBytes,
    long HiddenBytes)
{
    /// <summary>
    /// <see cref="CreatedBy"/> without the builder's wrapping: legacy <c>/bin/sh -c #(nop)</c>
    /// prefixes and BuildKit's <c># buildkit</c> suffix are dropped.
    /// </summary>
    public string? Instruction => CreatedBy is null ? null : HistoryText.Instruction(CreatedBy);
}

namespace Ballast.Images.Archives;

/// <summary>An image located in a store: its config blob and its layers, base first.</summary>
internal sealed record ImageLayout(
    ImageFormat Format,
    BlobReference Config,
    IReadOnlyList<LayerSource> Layers);

using Ballast.Images.Archives;
using Ballast.Images.Layers;

namespace Ballast.Images;

/// <summary>What reading one layer produced, before history is paired in.</summary>
internal sealed record LayerRead(
    LayerSource Source,
    string DiffId,
    LayerCompression Compression,
    long? CompressedSize,
    LayerTally Tally);

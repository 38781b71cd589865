namespace Ballast.Images;

/// <summary>How a layer blob is compressed, as found from its first bytes.</summary>
public enum LayerCompression
{
    /// <summary>A plain tar.</summary>
    None,

    /// <summary>A gzip stream (also eStargz).</summary>
    Gzip,

    /// <summary>A Zstandard stream (also zstd:chunked).</summary>
    Zstd,
}

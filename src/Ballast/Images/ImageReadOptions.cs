namespace Ballast.Images;

/// <summary>
/// Limits and choices for reading an image. The defaults accept any real image seen so far
/// and refuse archives built to exhaust memory or disk.
/// </summary>
public sealed record ImageReadOptions
{
    /// <summary>The platform to pick from a multi-platform index, as <c>os/arch</c>
    /// (for example <c>linux/arm64</c>); null picks the machine's own, else the first.</summary>
    public string? Platform { get; init; }

    /// <summary>Check every blob against its digest and every layer against its diff_id.
    /// </summary>
    public bool VerifyDigests { get; init; } = true;

    /// <summary>The most tar entries accepted in the outer archive, and again across all
    /// layers together.</summary>
    public long MaxEntries { get; init; } = 5_000_000;

    /// <summary>The largest declared size accepted for one file or blob.</summary>
    public long MaxEntryBytes { get; init; } = 64L << 30;

    /// <summary>The most uncompressed bytes accepted for one layer.</summary>
    public long MaxLayerBytes { get; init; } = 128L << 30;

    /// <summary>
    /// The highest uncompressed-to-compressed ratio accepted once a layer has produced
    /// <see cref="CompressionRatioGrace"/> bytes; real layers stay well under 20.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Uncompressed bytes a layer may produce before the ratio limit applies.</summary>
    public long CompressionRatioGrace { get; init; } = 64L << 20;

    /// <summary>The largest JSON document (index, manifest, config) read.</summary>
    public int MaxJsonBytes { get; init; } = 16 << 20;

    /// <summary>The largest package-database file captured for the inventory.</summary>
    public int MaxCapturedFileBytes { get; init; } = 64 << 20;

    /// <summary>The most bytes of package-database files held at once.</summary>
    public long MaxCapturedBytes { get; init; } = 512L << 20;

    /// <summary>How many entries the largest-files, -directories and wasted lists keep.</summary>
    public int TopCount { get; init; } = 20;
}

namespace Ballast.Images;

/// <summary>Everything Ballast learns from reading an image once.</summary>
/// <param name="Source">The file or directory the image was read from.</param>
/// <param name="Format">The archive layout.</param>
/// <param name="Layers">Per-layer sizes, changes and waste, base layer first.</param>
/// <param name="Configuration">Runtime settings from the config blob.</param>
/// <param name="TotalBytes">Content bytes written by all layers together.</param>
/// <param name="CompressedBytes">The sum of compressed blob sizes; null when any layer is
/// stored uncompressed, as docker save does.</param>
/// <param name="FinalBytes">Content bytes visible in the final filesystem.</param>
/// <param name="FileCount">Regular files in the final filesystem.</param>
/// <param name="LargestFiles">The largest regular files of the final filesystem.</param>
/// <param name="LargestDirectories">The directories holding the most bytes beneath them,
/// so ancestors come before their children.</param>
/// <param name="WastedPaths">The paths whose hidden versions waste the most bytes.</param>
/// <param name="Packages">Installed packages found in the final filesystem.</param>
/// <param name="OsRelease">The distribution, when <c>os-release</c> is present.</param>
/// <param name="HistoryMatched">False when history and layers could not be paired one to
/// one and <see cref="LayerAnalysis.CreatedBy"/> was paired from the end instead.</param>
/// <param name="Notes">Things the reader skipped or could not do, in sentences.</param>
public sealed record ImageAnalysis(
    string Source,
    ImageFormat Format,
    IReadOnlyList<LayerAnalysis> Layers,
    ImageConfiguration Configuration,
    long TotalBytes,
    long? CompressedBytes,
    long FinalBytes,
    int FileCount,
    IReadOnlyList<ImageFileEntry> LargestFiles,
    IReadOnlyList<DirectoryUsage> LargestDirectories,
    IReadOnlyList<WastedPath> WastedPaths,
    PackageInventory Packages,
    OsRelease? OsRelease,
    bool HistoryMatched,
    IReadOnlyList<string> Notes)
{
    /// <summary>Bytes written by some layer that the final filesystem does not show.</summary>
    public long WastedBytes => TotalBytes - FinalBytes;

    /// <summary>
    /// Final bytes over all bytes written, from 0 to 1; 1 for an image that writes nothing.
    /// </summary>
    public double Efficiency => TotalBytes == 0 ? 1.0 : (double)FinalBytes / TotalBytes;
}

using Ballast.Images.Archives;
using Ballast.Images.Layers;
using Ballast.Images.Packages;

namespace Ballast.Images;

/// <summary>One read of one image; remembers where it is so errors can say so.</summary>
internal sealed class ImageReading(string source, ImageReadOptions options)
{
    private readonly List<string> notes = [];

    /// <summary>The part of the image being read, for error messages.</summary>
    public string Location { get; private set; } = "archive";

    public ImageAnalysis ReadDirectory(string directory)
    {
        using var store = new DirectoryBlobStore(directory);
        return Read(store, isDirectory: true);
    }

    public ImageAnalysis ReadArchive(Stream archive, bool ownsArchive)
    {
        Location = "archive index";
        TarBlobStore store;
        try
        {
            store = TarBlobStore.Index(archive, ownsArchive, options);
        }
        catch
        {
            if (ownsArchive)
            {
                archive.Dispose();
            }

            throw;
        }

        using (store)
        {
            return Read(store, isDirectory: false);
        }
    }

    private ImageAnalysis Read(IBlobStore store, bool isDirectory)
    {
        Location = "layout";
        var layout = new LayoutResolver(store, options).Resolve(isDirectory);
        Location = layout.Config.Path;
        var config = new JsonBlobReader(store, options)
            .Read(layout.Config, ImageJsonContext.Default.ImageConfigDocument);
        var diffIds = config.RootFileSystem?.DiffIds ?? [];
        if (diffIds.Count != layout.Layers.Count)
        {
            throw new InvalidImageException(
                $"the manifest lists {layout.Layers.Count} layers but the config "
                + $"{diffIds.Count} diff_ids", layout.Config.Path);
        }

        var tree = new FileTree();
        var walker = new LayerWalker(tree, options);
        var layers = layout.Layers
            .Select((layer, index) => ReadLayer(store, walker, layer, diffIds[index]))
            .ToList();
        if (walker.CaptureBudgetExhausted)
        {
            notes.Add("Some package-database files were over the capture limit and skipped; "
                + "the package inventory is incomplete.");
        }

        return Analyse(layout, config, tree, layers);
    }

    private LayerRead ReadLayer(IBlobStore store, LayerWalker walker, LayerSource source,
        string diffId)
    {
        Location = source.Path;
        var blob = store.Open(source.Path);
        if (source.DeclaredSize is { } declared && declared != blob.Length)
        {
            blob.Dispose();
            throw new InvalidImageException(
                $"blob has {blob.Length} bytes but the manifest declares {declared}",
                source.Path);
        }

        using var layer = LayerStream.Open(blob, source, diffId, options);
        NoteMediaTypeMismatch(source, layer.Compression);
        var tally = walker.Walk(layer.Content, source.Path);
        layer.Finish(source, diffId);
        long? compressed = layer.Compression == LayerCompression.None ? null : blob.Length;
        return new LayerRead(source, diffId, layer.Compression, compressed, tally);
    }

    /// <summary>
    /// The content decides how a layer is read; a media type that says otherwise is worth
    /// telling, since registries and other tools will trust it.
    /// </summary>
    private void NoteMediaTypeMismatch(LayerSource source, LayerCompression found)
    {
        var mediaType = source.MediaType ?? "";
        LayerCompression? declared =
            mediaType.Contains("zstd", StringComparison.Ordinal) ? LayerCompression.Zstd
            : mediaType.Contains("gzip", StringComparison.Ordinal) ? LayerCompression.Gzip
            : mediaType.EndsWith(".tar", StringComparison.Ordinal) ? LayerCompression.None
            : null;
        if (declared is not null && declared != found)
        {
            notes.Add($"Layer {source.Path} is declared {mediaType} but its content is "
                + $"{found}; it was read as {found}.");
        }
    }

    private ImageAnalysis Analyse(ImageLayout layout, ImageConfigDocument config,
        FileTree tree, List<LayerRead> layers)
    {
        Location = "analysis";
        var (createdBy, matched) = PairHistory(config.History ?? [], layers.Count);
        var analyses = layers.Select((layer, i) => new LayerAnalysis(
                i,
                layer.DiffId,
                layer.Source.Digest,
                layer.Compression,
                layer.CompressedSize,
                layer.Tally.BytesWritten,
                createdBy[i],
                layer.Tally.ToChanges(),
                layer.Tally.BytesWasted,
                layer.Tally.BytesHidden))
            .ToList();
        var summary = FilesystemSummary.Of(tree, options.TopCount);
        var os = PackageCatalog.FindOsRelease(tree);
        var compressed = layers.All(l => l.CompressedSize is not null)
            ? layers.Sum(l => l.CompressedSize!.Value)
            : (long?)null;
        return new ImageAnalysis(
            source,
            layout.Format,
            analyses,
            ImageConfigurationReader.From(config),
            analyses.Sum(l => l.Size),
            compressed,
            summary.FinalBytes,
            summary.FileCount,
            summary.LargestFiles,
            summary.LargestDirectories,
            WastedPaths(tree),
            PackageCatalog.Collect(tree, os),
            os,
            matched,
            notes);
    }

    /// <summary>
    /// Pairs history entries that made layers with the layers in order; when the counts
    /// differ (kaniko, squashed images) pairs from the end and says so.
    /// </summary>
    private (string?[] CreatedBy, bool Matched) PairHistory(
        List<HistoryDocument> history, int layerCount)
    {
        var made = history.Where(h => h.EmptyLayer != true).Select(h => h.CreatedBy).ToList();
        var createdBy = new string?[layerCount];
        var offset = made.Count - layerCount;
        for (var i = 0; i < layerCount; i++)
        {
            createdBy[i] = i + offset >= 0 && i + offset < made.Count ? made[i + offset] : null;
        }

        var matched = offset == 0 && layerCount > 0;
        if (!matched && layerCount > 0)
        {
            notes.Add($"History lists {made.Count} layer-making steps for {layerCount} layers; "
                + "instructions were paired from the last layer back and may be wrong.");
        }

        return (createdBy, matched);
    }

    private IReadOnlyList<WastedPath> WastedPaths(FileTree tree) => tree.Wasted
        .OrderByDescending(entry => entry.Value.Bytes)
        .ThenBy(entry => entry.Key, StringComparer.Ordinal)
        .Take(options.TopCount)
        .Select(entry => new WastedPath(entry.Key, entry.Value.Versions, entry.Value.Bytes))
        .ToList();
}

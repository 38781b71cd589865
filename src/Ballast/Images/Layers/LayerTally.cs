namespace Ballast.Images.Layers;

/// <summary>Counters for one layer, filled while it is applied and while later layers hide
/// its files.</summary>
internal sealed class LayerTally(int index)
{
    public int Index { get; } = index;

    public long BytesWritten { get; set; }

    public long BytesWasted { get; set; }

    public long BytesHidden { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Removed { get; set; }

    public int HardLinks { get; set; }

    public int Entries { get; set; }

    public LayerChanges ToChanges() => new(Added, Changed, Removed, HardLinks, Entries);
}

namespace Ballast.Images.Layers;

/// <summary>Hidden versions of one path, counted as layers hide them.</summary>
internal sealed class WastedPathTally
{
    public int Versions { get; set; }

    public long Bytes { get; set; }
}

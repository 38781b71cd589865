namespace Ballast.Text;

/// <summary>A 1-based line and column. Columns count UTF-16 characters.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}

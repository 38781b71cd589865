namespace Ballast.Text;

/// <summary>
/// Where something is in a file: the span and its 1-based start and end positions. The end
/// column is exclusive, so a one-character span at column 5 ends at column 6.
/// </summary>
public sealed record Location(string Path, TextSpan Span, LinePosition Start, LinePosition End)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Start.Line}:{Start.Column}";
}

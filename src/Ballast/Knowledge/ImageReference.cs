namespace Ballast.Knowledge;

/// <summary>An image to write in a FROM line.</summary>
/// <param name="Repository">The repository with its registry when it is not Docker Hub:
/// <c>python</c>, <c>mcr.microsoft.com/dotnet/aspnet</c>,
/// <c>gcr.io/distroless/static-debian12</c>.</param>
/// <param name="Tag">The tag.</param>
public sealed record ImageReference(string Repository, string Tag)
{
    /// <summary>The reference as written in a FROM line, <c>repository:tag</c>.</summary>
    public override string ToString() => Repository + ":" + Tag;
}

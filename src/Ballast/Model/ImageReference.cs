namespace Ballast.Model;

/// <summary>
/// An image name split the way registries read it: registry (when the first path component
/// has a dot or a port, or is <c>localhost</c>), repository, tag and digest. Docker Hub
/// names keep their short form: <c>python</c>, not <c>library/python</c>.
/// </summary>
/// <param name="Registry">The registry host and port, or null for Docker Hub.</param>
/// <param name="Repository">The repository path, such as <c>python</c> or
/// <c>base/debian-min</c>.</param>
/// <param name="Tag">The tag, or null.</param>
/// <param name="Digest">The digest such as <c>sha256:...</c>, or null.</param>
public sealed record ImageReference(
    string? Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>The repository without Docker Hub's <c>library/</c> prefix.</summary>
    public string ShortRepository =>
        IsDockerHub && Repository.StartsWith("library/", StringComparison.Ordinal)
            ? Repository["library/".Length..]
            : Repository;

    /// <summary>True when the image comes from Docker Hub.</summary>
    public bool IsDockerHub => Registry is null or "docker.io" or "index.docker.io"
        or "registry-1.docker.io";

    /// <summary>The tag, or <c>latest</c> when neither tag nor digest is given.</summary>
    public string EffectiveTag => Tag ?? (Digest is null ? "latest" : "");

    /// <summary>True for <c>scratch</c>, the empty image.</summary>
    public bool IsScratch => Registry is null && Repository == "scratch";

    /// <summary>Parses <paramref name="text"/>; null when it is not an image name.</summary>
    public static ImageReference? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsWhiteSpace))
        {
            return null;
        }

        string? digest = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            text = text[..at];
        }

        string? registry = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            var first = text[..slash];
            if (first.Contains('.') || first.Contains(':') || first == "localhost")
            {
                registry = first;
                text = text[(slash + 1)..];
            }
        }

        string? tag = null;
        var colon = text.LastIndexOf(':');
        if (colon >= 0 && colon > text.LastIndexOf('/'))
        {
            tag = text[(colon + 1)..];
            text = text[..colon];
        }

        if (text.Length == 0 || tag is { Length: 0 } || digest is { Length: 0 })
        {
            return null;
        }

        return new ImageReference(registry, text, tag, digest);
    }

    /// <summary>The same image with another tag and no digest.</summary>
    public ImageReference WithTag(string tag) => this with { Tag = tag, Digest = null };

    /// <inheritdoc />
    public override string ToString()
    {
        var name = Registry is null ? Repository : $"{Registry}/{Repository}";
        if (Tag is not null)
        {
            name += ":" + Tag;
        }

        return Digest is null ? name : name + "@" + Digest;
    }
}

namespace Ballast.Images.Archives;

/// <summary>Normalises archive paths and refuses those that leave the archive root.</summary>
internal static class EntryPath
{
    /// <summary>
    /// Returns the path with <c>./</c> prefixes, empty and <c>.</c> segments removed, or
    /// throws when it is absolute (unless <paramref name="allowRooted"/>) or climbs out.
    /// </summary>
    public static string Normalize(string name, string location, bool allowRooted = false)
    {
        if (name.StartsWith('/') && !allowRooted)
        {
            throw new InvalidImageException($"absolute path '{name}' is not allowed", location);
        }

        var segments = new List<string>();
        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                throw new InvalidImageException(
                    $"path '{name}' climbs out of the archive root", location);
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// Resolves a symbolic link target lexically, the way a container runtime sees it from
    /// the link's directory, and returns null when it climbs above the root.
    /// </summary>
    public static string? ResolveLink(string linkPath, string target)
    {
        var segments = new List<string>();
        if (!target.StartsWith('/'))
        {
            segments.AddRange(linkPath.Split('/', StringSplitOptions.RemoveEmptyEntries));
            if (segments.Count > 0)
            {
                segments.RemoveAt(segments.Count - 1);
            }
        }

        foreach (var segment in target.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment != "..")
            {
                segments.Add(segment);
                continue;
            }

            if (segments.Count == 0)
            {
                return null;
            }

            segments.RemoveAt(segments.Count - 1);
        }

        return string.Join('/', segments);
    }
}

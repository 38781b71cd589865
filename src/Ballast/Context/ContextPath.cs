namespace Ballast.Context;

/// <summary>Path cleaning as Go's <c>path.Clean</c> does it, which is how Docker normalises
/// both <c>.dockerignore</c> patterns and COPY sources before comparing them.</summary>
public static class ContextPath
{
    /// <summary>Collapses repeated slashes, <c>.</c> and <c>name/..</c> and drops a trailing
    /// slash; an empty result is <c>.</c>.</summary>
    public static string Clean(string path)
    {
        var rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".." || !rooted)
            {
                parts.Add(part);
            }
        }

        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }
}

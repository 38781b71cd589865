using System.Reflection;

namespace Ballast.Knowledge;

/// <summary>Opens the data files embedded in the library (see docs/knowledge.md).</summary>
internal static class KnowledgeResource
{
    private const string Prefix = "Ballast.Knowledge.Data.";

    /// <summary>Opens <paramref name="fileName"/>, or returns null when no such file is
    /// embedded.</summary>
    public static TextReader? Open(string fileName)
    {
        var stream = typeof(KnowledgeResource).Assembly.GetManifestResourceStream(
            Prefix + fileName);
        return stream is null ? null : new StreamReader(stream);
    }

    /// <summary>The data rows of a tab-separated knowledge file: comment lines (starting
    /// with '#') and blank lines are skipped, each row is split on tabs.</summary>
    public static IEnumerable<string[]> Rows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    /// <summary>Names of every embedded knowledge file.</summary>
    public static IEnumerable<string> FileNames() =>
        typeof(KnowledgeResource).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..]);
}

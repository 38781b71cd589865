using System.IO.Compression;
using System.Text.Json;

namespace Ballast.Vulnerabilities;

/// <summary>
/// Reads OSV records from a folder: loose <c>.json</c> files and <c>.zip</c> archives of them
/// (the shape of the OSV exports), at any depth.
/// </summary>
internal static class OsvRecordFiles
{
    // The largest real OSV records are a few hundred kilobytes; anything far larger is a
    // damaged or hostile file, and reading it whole could exhaust memory.
    private const long MaximumRecordBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Yields every record under <paramref name="root"/>, or a problem naming the file, the
    /// archive entry and the line for each one that cannot be read. A top-level folder is
    /// read only when <paramref name="readFolder"/> accepts its name, so a database holding
    /// many ecosystems is read only for the ones in use. A record whose text
    /// <paramref name="mayMatch"/> rejects is skipped without being parsed.
    /// </summary>
    public static IEnumerable<(OsvRecord? Record, string? Problem)> Read(
        string root,
        Func<string, bool> readFolder,
        Func<string, bool> mayMatch)
    {
        var files = Directory
            .EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => IsWanted(root, path, readFolder))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var results = path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                ? ReadArchive(path, mayMatch)
                : [ReadFile(path, mayMatch)];
            foreach (var result in results.Where(r => r.Item1 is not null || r.Item2 is not null))
            {
                yield return result;
            }
        }
    }

    private static bool IsWanted(string root, string path, Func<string, bool> readFolder)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var relative = Path.GetRelativePath(root, path);
        var separator = relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return separator < 0 || readFolder(relative[..separator]);
    }

    private static (OsvRecord?, string?) ReadFile(string path, Func<string, bool> mayMatch)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return stream.Length > MaximumRecordBytes
                ? (null, $"{path}: skipped, larger than any OSV record ({stream.Length} bytes)")
                : Parse(stream, path, mayMatch);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot read: {e.Message}");
        }
    }

    private static IEnumerable<(OsvRecord?, string?)> ReadArchive(
        string path,
        Func<string, bool> mayMatch)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException
            or UnauthorizedAccessException)
        {
            return [(null, $"{path}: not a readable zip archive: {e.Message}")];
        }

        return ReadEntries(archive, path, mayMatch);
    }

    private static IEnumerable<(OsvRecord?, string?)> ReadEntries(
        ZipArchive archive,
        string path,
        Func<string, bool> mayMatch)
    {
        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var location = $"{path}!{entry.FullName}";
                if (entry.Length > MaximumRecordBytes)
                {
                    yield return (null, $"{location}: skipped, larger than any OSV record "
                        + $"({entry.Length} bytes uncompressed)");
                    continue;
                }

                (OsvRecord?, string?) result;
                try
                {
                    using var stream = entry.Open();
                    result = Parse(stream, location, mayMatch);
                }
                catch (Exception e) when (e is IOException or InvalidDataException)
                {
                    result = (null, $"{location}: cannot read: {e.Message}");
                }

                yield return result;
            }
        }
    }

    // Returns (null, null) for a record skipped by the filter.
    private static (OsvRecord?, string?) Parse(
        Stream stream,
        string location,
        Func<string, bool> mayMatch)
    {
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        if (!mayMatch(text))
        {
            return (null, null);
        }

        try
        {
            var record = JsonSerializer.Deserialize(text, OsvJsonContext.Default.OsvRecord);
            return record?.Id is null
                ? (null, $"{location}: not an OSV record (no id)")
                : (record, null);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $"line {n + 1}: " : "";
            return (null, $"{location}: {line}invalid OSV JSON: {FirstSentence(e.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

namespace Ballast.Engines;

/// <summary>Checks where an image archive is to be written before an engine is asked to, so
/// a mistyped path gets a plain message instead of an engine's transport error.</summary>
internal static class ArchiveDestination
{
    public static void Check(string archivePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(archivePath));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new EngineException($"{archivePath}: directory {directory} does not exist");
        }

        if (Directory.Exists(archivePath))
        {
            throw new EngineException($"{archivePath}: is a directory, not an archive file");
        }
    }

    /// <summary>Removes an archive left by an earlier run, as <c>docker save -o</c> would
    /// overwrite it.</summary>
    public static void Clear(string archivePath)
    {
        try
        {
            File.Delete(archivePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new EngineException(
                $"{archivePath}: cannot replace the existing file: {exception.Message}",
                inner: exception);
        }
    }
}

namespace Ballast.Files;

/// <summary>
/// Writes a file so that readers see either the old or the new content, never half of it:
/// the bytes go to a temporary file in the same folder, which takes the target's file mode
/// and then replaces the target with one rename.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>; the mode of
    /// <paramref name="modeFrom"/> (or of the existing target) is kept.</summary>
    public static void Write(string path, byte[] bytes, string? modeFrom = null)
    {
        var full = Path.GetFullPath(path);

        // Writing through a symbolic link updates the file it points to, as editors do,
        // instead of replacing the link with a copy.
        if (File.Exists(full) && new FileInfo(full).LinkTarget is not null
            && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target)
        {
            full = target.FullName;
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(folder,
            $".{Path.GetFileName(full)}.ballast-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            CopyMode(modeFrom ?? full, temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void CopyMode(string source, string target)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(source))
        {
            return;
        }

        File.SetUnixFileMode(target, File.GetUnixFileMode(source));
    }
}

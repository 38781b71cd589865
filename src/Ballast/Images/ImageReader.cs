using System.Text.Json;
using ZstdSharp;

namespace Ballast.Images;

/// <summary>
/// Reads a container image (docker save archive, OCI layout directory or OCI archive),
/// streaming each layer once, and analyses its layers, waste and installed packages.
/// </summary>
public static class ImageReader
{
    /// <summary>
    /// Analyses the image at <paramref name="path"/>: a directory is read as an OCI layout, a
    /// file as a tar (docker save or OCI archive). Malformed or hostile input gives a failed
    /// result with a message and location; no exception escapes.
    /// </summary>
    public static ImageReadResult Analyze(string path, ImageReadOptions? options = null)
    {
        options ??= new ImageReadOptions();
        if (Directory.Exists(path))
        {
            return Guard(path, options, reading => reading.ReadDirectory(path));
        }

        if (!File.Exists(path))
        {
            return ImageReadResult.Failure(
                new ImageReadError("no such file or directory", path));
        }

        return Guard(path, options, reading =>
        {
            var archive = new FileStream(
                path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return reading.ReadArchive(archive, ownsArchive: true);
        });
    }

    /// <summary>
    /// Analyses an image tar from a seekable stream, which stays open.
    /// <paramref name="name"/> is used in messages and <see cref="ImageAnalysis.Source"/>.
    /// </summary>
    public static ImageReadResult Analyze(Stream archive, string name,
        ImageReadOptions? options = null)
    {
        options ??= new ImageReadOptions();
        if (!archive.CanSeek || !archive.CanRead)
        {
            return ImageReadResult.Failure(new ImageReadError(
                "the archive stream must be readable and seekable", name));
        }

        return Guard(name, options, reading => reading.ReadArchive(archive, ownsArchive: false));
    }

    private static ImageReadResult Guard(string source, ImageReadOptions options,
        Func<ImageReading, ImageAnalysis> read)
    {
        var reading = new ImageReading(source, options);
        try
        {
            return ImageReadResult.Success(read(reading));
        }
        catch (InvalidImageException error)
        {
            return Fail(error.Message, error.Location);
        }
        catch (EndOfStreamException)
        {
            return Fail("the data ends early; the archive is truncated", reading.Location);
        }
        catch (Exception error) when (error is IOException or InvalidDataException
            or FormatException or JsonException or ZstdException or ArgumentException
            or UnauthorizedAccessException or NotSupportedException or OverflowException
            or InvalidOperationException)
        {
            return Fail($"cannot be read: {error.Message}", reading.Location);
        }

        ImageReadResult Fail(string message, string location) =>
            ImageReadResult.Failure(new ImageReadError(message, $"{source}: {location}"));
    }
}

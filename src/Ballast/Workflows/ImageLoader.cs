using Ballast.Engines;
using Ballast.Images;

namespace Ballast.Workflows;

/// <summary>
/// Reads an image named either by a path (a docker save or OCI archive, or an OCI layout
/// folder), read directly, or by a reference, saved through the engine to a temporary
/// archive first. The engine is looked for only when a reference needs one.
/// </summary>
public sealed class ImageLoader
{
    private readonly Func<CancellationToken, Task<EngineSearch>> findEngine;
    private readonly ImageReadOptions? readOptions;
    private EngineSearch? search;

    /// <summary>Creates a loader that finds its engine with <paramref name="findEngine"/>
    /// on first need.</summary>
    public ImageLoader(
        Func<CancellationToken, Task<EngineSearch>> findEngine,
        ImageReadOptions? readOptions = null)
    {
        this.findEngine = findEngine;
        this.readOptions = readOptions;
    }

    /// <summary>True when <paramref name="source"/> names a file or folder, read without an
    /// engine.</summary>
    public static bool IsPath(string source) => File.Exists(source) || Directory.Exists(source);

    /// <summary>Reads the image; a failure carries one clear message, and when no engine
    /// was found, the engines looked for.</summary>
    public async Task<ImageReadResult> LoadAsync(string source, CancellationToken cancel = default)
    {
        if (IsPath(source))
        {
            return ImageReader.Analyze(source, readOptions);
        }

        search ??= await findEngine(cancel);
        if (search.Engine is null)
        {
            return ImageReadResult.Failure(new ImageReadError(
                "not a file or folder, and reading an image reference needs an engine: "
                + search.Describe(), source));
        }

        return await SaveAndReadAsync(search.Engine, source, source, readOptions, cancel);
    }

    /// <summary>Saves <paramref name="image"/> with <paramref name="engine"/> to a temporary
    /// archive, reads it and deletes it. Engine failures become a failed result.</summary>
    public static async Task<ImageReadResult> SaveAndReadAsync(
        IContainerEngine engine,
        string image,
        string label,
        ImageReadOptions? readOptions,
        CancellationToken cancel)
    {
        var archive = Path.Combine(Path.GetTempPath(), $"ballast-{Guid.NewGuid():N}.tar");
        try
        {
            await engine.SaveAsync(image, archive, ArchiveFormat.DockerArchive, cancel);
            var result = ImageReader.Analyze(archive, readOptions);
            return result.Succeeded
                ? ImageReadResult.Success(result.Analysis with { Source = label })
                : result;
        }
        catch (EngineException exception)
        {
            return ImageReadResult.Failure(new ImageReadError(exception.Message, label));
        }
        finally
        {
            File.Delete(archive);
        }
    }
}

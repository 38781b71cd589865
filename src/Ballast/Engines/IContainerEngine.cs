namespace Ballast.Engines;

/// <summary>
/// A container engine driven through its command-line client: it builds a Dockerfile, saves,
/// inspects, runs and removes images. Failures of the engine surface as
/// <see cref="EngineException"/> carrying the command line and what the engine printed.
/// </summary>
public interface IContainerEngine
{
    /// <summary>The engine's name as users type it: <c>docker</c>, <c>podman</c>,
    /// <c>buildah</c>.</summary>
    string Name { get; }

    /// <summary>Whether the client exists and can reach its engine, with the reason if
    /// not.</summary>
    Task<EngineAvailability> CheckAvailabilityAsync(CancellationToken cancellationToken = default);

    /// <summary>Builds <paramref name="dockerfile"/> with <paramref name="context"/> as the
    /// build context and tags the image <paramref name="tag"/>; the result says how long it
    /// took.</summary>
    Task<BuildResult> BuildAsync(
        string dockerfile,
        string context,
        string tag,
        BuildOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="image"/> to a tar archive at <paramref
    /// name="archivePath"/>.</summary>
    Task SaveAsync(
        string image,
        string archivePath,
        ArchiveFormat format = ArchiveFormat.DockerArchive,
        CancellationToken cancellationToken = default);

    /// <summary>Reads an image's size, layers, history and runtime configuration.</summary>
    Task<ImageInspection> InspectAsync(string image, CancellationToken cancellationToken = default);

    /// <summary>Runs a container from <paramref name="image"/> and waits for it. A null
    /// <paramref name="command"/> runs the image's own entrypoint and command; otherwise the
    /// command replaces the image's command and follows its entrypoint, as <c>docker run</c>
    /// does. A container still running after <paramref name="timeout"/> is killed.</summary>
    Task<RunResult> RunAsync(
        string image,
        IReadOnlyList<string>? command,
        TimeSpan timeout,
        CancellationToken cancellationToken = default);

    /// <summary>Removes the image tag (and the image when no other tag holds it).</summary>
    Task RemoveAsync(string image, CancellationToken cancellationToken = default);
}

namespace Ballast.Engines;

/// <summary>One element of <c>docker image inspect</c> or <c>podman image inspect</c> output.
/// Podman adds the history, which Docker leaves to <c>docker history</c>.</summary>
internal sealed record DockerImageDocument(
    string? Id,
    long Size,
    DockerRootFileSystem? RootFS,
    OciRuntimeConfiguration? Config,
    IReadOnlyList<OciHistoryEntry>? History);

/// <summary>The <c>RootFS</c> member of Docker-style inspect output.</summary>
internal sealed record DockerRootFileSystem(IReadOnlyList<string>? Layers);

/// <summary>One line of <c>docker history --format '{{json .}}'</c>, newest first.</summary>
internal sealed record DockerHistoryLine(string? CreatedBy, string? Size, string? Comment);

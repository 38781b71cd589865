namespace Ballast.Engines;

/// <summary>
/// The engines whose clients speak Docker's command line: Docker itself and Podman. They
/// differ only in a few flags, which <see cref="EngineDialect"/> records.
/// </summary>
public abstract class DockerCompatibleEngine : IContainerEngine
{
    private readonly EngineDialect dialect;
    private readonly EngineOptions options;
    private readonly CommandRunner runner;

    private protected DockerCompatibleEngine(
        EngineDialect dialect,
        EngineOptions? options,
        string? executable)
    {
        this.dialect = dialect;
        this.options = options ?? new EngineOptions();
        runner = new CommandRunner(executable ?? dialect.Name, this.options);
    }

    /// <inheritdoc />
    public string Name => dialect.Name;

    /// <inheritdoc />
    public async Task<EngineAvailability> CheckAvailabilityAsync(
        CancellationToken cancellationToken = default)
    {
        // Docker's server version needs the daemon, so this also proves it is reachable.
        var template = dialect == EngineDialect.Docker
            ? "{{.Server.Version}}"
            : "{{.Client.Version}}";
        return await EngineProbe.RunAsync(
            Name, runner, ["version", "--format", template], options, cancellationToken);
    }

    /// <inheritdoc />
    public Task<BuildResult> BuildAsync(
        string dockerfile,
        string context,
        string tag,
        BuildOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = new BuildRequest(dockerfile, context, tag, options ?? new BuildOptions());
        return EngineBuild.RunAsync(
            runner, dialect, this.options.Isolation, request, cancellationToken);
    }

    /// <inheritdoc />
    public async Task SaveAsync(
        string image,
        string archivePath,
        ArchiveFormat format = ArchiveFormat.DockerArchive,
        CancellationToken cancellationToken = default)
    {
        ArchiveDestination.Check(archivePath);
        var command = runner.For(SaveArguments(image, archivePath, format));
        var result = await runner.RunAsync(command, options.CommandTimeout, cancellationToken);
        result.EnsureSuccess();
    }

    /// <inheritdoc />
    public async Task<ImageInspection> InspectAsync(
        string image,
        CancellationToken cancellationToken = default)
    {
        var command = runner.For(["image", "inspect", image]);
        var result = await runner.RunAsync(command, options.CommandTimeout, cancellationToken);
        var documents = EngineJson.Read(
            result.EnsureSuccess(), EngineJsonContext.Default.IReadOnlyListDockerImageDocument);
        if (documents.Count == 0)
        {
            throw new EngineException($"`{command}` found no image {image}", command);
        }

        var document = documents[0];
        var history = document.History is null
            ? await DockerHistoryAsync(image, cancellationToken)
            : EngineJson.ToHistory(document.History);
        return new ImageInspection(
            document.Id is { } id && !id.Contains(':') ? "sha256:" + id : document.Id ?? "",
            document.Size,
            document.RootFS?.Layers ?? [],
            history,
            EngineJson.ToConfiguration(document.Config));
    }

    /// <inheritdoc />
    public async Task<RunResult> RunAsync(
        string image,
        IReadOnlyList<string>? command,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        // The image was just built here; a run must never fetch a namesake from a registry.
        var commandLine = runner.For(["run", "--rm", "--pull=never", image, .. command ?? []]);
        var result = await runner.RunAsync(commandLine, timeout, cancellationToken);
        return new RunResult(
            result.ExitCode,
            result.StandardOutput,
            result.StandardError,
            result.TimedOut,
            result.Duration);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string image, CancellationToken cancellationToken = default)
    {
        var command = runner.For(["image", "rm", image]);
        var result = await runner.RunAsync(command, options.CommandTimeout, cancellationToken);
        result.EnsureSuccess();
    }

    private List<string> SaveArguments(string image, string archivePath, ArchiveFormat format)
    {
        if (dialect.SaveFormats)
        {
            // Podman gzips OCI archive layers unless told otherwise; docker archives are
            // never compressed, and measuring wants the stored bytes either way.
            return format == ArchiveFormat.OciArchive
                ? ["save", "--format", "oci-archive", "--uncompressed", "-o", archivePath, image]
                : ["save", "--format", "docker-archive", "-o", archivePath, image];
        }

        if (format == ArchiveFormat.OciArchive)
        {
            // Docker 25 and later write an OCI layout inside every `docker save` archive, but
            // older daemons do not, so an explicit OCI request is refused rather than guessed.
            throw new EngineException(
                "docker saves only docker archives; Docker 25 and later also include an OCI "
                + "layout in them");
        }

        return ["save", "-o", archivePath, image];
    }

    private async Task<IReadOnlyList<ImageHistoryEntry>> DockerHistoryAsync(
        string image,
        CancellationToken cancellationToken)
    {
        var command = runner.For(["history", "--no-trunc", "--format", "{{json .}}", image]);
        var result = await runner.RunAsync(command, options.CommandTimeout, cancellationToken);
        var lines = result.EnsureSuccess().StandardOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // `docker history` lists newest first and marks configuration-only steps only by a
        // zero size. Limitation: a step that made an empty layer reads as configuration-only.
        var type = EngineJsonContext.Default.DockerHistoryLine;
        return lines
            .Select(line => EngineJson.Read(line, type, command))
            .Reverse()
            .Select(line => new ImageHistoryEntry(
                line.CreatedBy ?? string.Empty,
                line.Size is "0B" or "0",
                string.IsNullOrEmpty(line.Comment) ? null : line.Comment))
            .ToList();
    }
}

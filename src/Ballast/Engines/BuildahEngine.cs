namespace Ballast.Engines;

/// <summary>
/// Buildah through the <c>buildah</c> client. Buildah has no daemon and no <c>run IMAGE</c>:
/// a run makes a working container with <c>buildah from</c>, runs the image's entrypoint and
/// command in it with <c>buildah run</c>, and removes it again.
/// </summary>
public sealed class BuildahEngine : IContainerEngine
{
    private readonly EngineOptions options;
    private readonly CommandRunner runner;

    /// <summary>Creates the adapter; <paramref name="executable"/> overrides
    /// <c>buildah</c>.</summary>
    public BuildahEngine(EngineOptions? options = null, string? executable = null)
    {
        this.options = options ?? new EngineOptions();
        runner = new CommandRunner(executable ?? EngineDialect.Buildah.Name, this.options);
    }

    /// <inheritdoc />
    public string Name => EngineDialect.Buildah.Name;

    /// <inheritdoc />
    public Task<EngineAvailability> CheckAvailabilityAsync(
        CancellationToken cancellationToken = default)
        => EngineProbe.RunAsync(Name, runner, ["version"], options, cancellationToken);

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
            runner, EngineDialect.Buildah, this.options.Isolation, request, cancellationToken);
    }

    /// <inheritdoc />
    public async Task SaveAsync(
        string image,
        string archivePath,
        ArchiveFormat format = ArchiveFormat.DockerArchive,
        CancellationToken cancellationToken = default)
    {
        // The transport syntax is `docker-archive:PATH[:REFERENCE]`, so a colon in the path
        // would be read as the start of a reference.
        if (archivePath.Contains(':'))
        {
            throw new EngineException($"{archivePath}: buildah cannot save to a path with ':'");
        }

        ArchiveDestination.Check(archivePath);

        // Like `docker save -o`, an existing archive is replaced; buildah would refuse it.
        ArchiveDestination.Clear(archivePath);
        // Push compresses OCI layers by default, while docker and podman save write them as
        // stored. Limitation: buildah 1.28 ignores --disable-compression for oci-archive, so
        // its OCI archives hold gzip layers; docker archives are always uncompressed.
        var transport = format == ArchiveFormat.OciArchive ? "oci-archive" : "docker-archive";
        var command = runner.For(
            ["push", "--quiet", "--disable-compression", image, $"{transport}:{archivePath}"]);
        var result = await runner.RunAsync(command, options.CommandTimeout, cancellationToken);
        result.EnsureSuccess();
    }

    /// <inheritdoc />
    public async Task<ImageInspection> InspectAsync(
        string image,
        CancellationToken cancellationToken = default)
    {
        var command = runner.For(["inspect", "--type", "image", image]);
        var result = await runner.RunAsync(command, options.CommandTimeout, cancellationToken);
        var document = EngineJson.Read(
            result.EnsureSuccess(), EngineJsonContext.Default.BuildahImageDocument);

        var configuration = document.OCIv1;
        return new ImageInspection(
            "sha256:" + document.FromImageID,
            LayerBytes(document.Manifest, command),
            configuration?.RootFS?.DiffIds ?? [],
            EngineJson.ToHistory(configuration?.History),
            EngineJson.ToConfiguration(configuration?.Config));
    }

    /// <inheritdoc />
    public async Task<RunResult> RunAsync(
        string image,
        IReadOnlyList<string>? command,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        var inspection = await InspectAsync(image, cancellationToken);
        var argv = ContainerArguments(inspection.Configuration, command, image);
        var container = await CreateContainerAsync(image, cancellationToken);
        try
        {
            List<string> arguments = ["run"];
            if (options.Isolation is { } isolation)
            {
                arguments.AddRange(["--isolation", isolation]);
            }

            arguments.AddRange([container, "--", .. argv]);
            var result = await runner.RunAsync(runner.For(arguments), timeout, cancellationToken);
            return new RunResult(
                result.ExitCode,
                result.StandardOutput,
                result.StandardError,
                result.TimedOut,
                result.Duration);
        }
        finally
        {
            await RemoveContainerAsync(container);
        }
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string image, CancellationToken cancellationToken = default)
    {
        var command = runner.For(["rmi", image]);
        var result = await runner.RunAsync(command, options.CommandTimeout, cancellationToken);
        result.EnsureSuccess();
    }

    /// <summary>What a container of the image executes, following <c>docker run</c>: the
    /// entrypoint, then the given command or else the image's own.</summary>
    internal static IReadOnlyList<string> ContainerArguments(
        ImageConfiguration configuration,
        IReadOnlyList<string>? command,
        string image)
    {
        var argv = configuration.Entrypoint.Concat(command ?? configuration.Command).ToList();
        if (argv.Count == 0)
        {
            throw new EngineException($"{image}: the image has no entrypoint or command to run");
        }

        return argv;
    }

    /// <summary>The uncompressed size as the sum of the manifest's layer sizes: images built
    /// or imported locally are stored with uncompressed layers, so each size is the layer
    /// tar's. Limitation: for a pulled image whose layers stay compressed, the compressed
    /// size is reported instead.</summary>
    private static long LayerBytes(string? manifestJson, CommandLine command)
    {
        if (string.IsNullOrEmpty(manifestJson))
        {
            return 0;
        }

        var manifest = EngineJson.Read(
            manifestJson, EngineJsonContext.Default.OciManifest, command);
        return (manifest.Layers ?? []).Sum(layer => layer.Size);
    }

    private async Task<string> CreateContainerAsync(
        string image,
        CancellationToken cancellationToken)
    {
        var command = runner.For(["from", "--pull=never", "--quiet", image]);
        var result = await runner.RunAsync(command, options.CommandTimeout, cancellationToken);
        var lines = result.EnsureSuccess().StandardOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.LastOrDefault()
            ?? throw new EngineException($"`{command}` printed no container name", command);
    }

    /// <summary>Removes the working container even when the run was cancelled, so no
    /// container is left holding a copy of the image.</summary>
    private async Task RemoveContainerAsync(string container)
    {
        var command = runner.For(["rm", container]);
        var result = await runner.RunAsync(command, options.CommandTimeout, CancellationToken.None);
        result.EnsureSuccess();
    }
}

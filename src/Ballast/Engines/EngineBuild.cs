namespace Ballast.Engines;

/// <summary>
/// The build step all three clients share: <c>build -f FILE -t TAG --iidfile FILE ...
/// CONTEXT</c> (Buildah's <c>build</c> takes the same flags as Podman's), timed, with the
/// image id read back from the id file.
/// </summary>
internal static class EngineBuild
{
    public static async Task<BuildResult> RunAsync(
        CommandRunner runner,
        EngineDialect dialect,
        string? isolation,
        BuildRequest request,
        CancellationToken cancellationToken)
    {
        CheckInputs(dialect, request);
        var imageIdFile = Path.Combine(Path.GetTempPath(), $"ballast-iid-{Guid.NewGuid():N}");
        try
        {
            var arguments = Arguments(dialect, isolation, request, imageIdFile);
            var command = runner.For(arguments);
            var result = await runner.RunAsync(command, request.Options.Timeout, cancellationToken);
            result.EnsureSuccess();

            var imageId = ReadImageId(imageIdFile, command);
            var log = result.StandardOutput + result.StandardError;
            return new BuildResult(request.Tag, imageId, result.Duration, log);
        }
        finally
        {
            File.Delete(imageIdFile);
        }
    }

    public static IReadOnlyList<string> Arguments(
        EngineDialect dialect,
        string? isolation,
        BuildRequest request,
        string imageIdFile)
    {
        var options = request.Options;
        var arguments = new List<string>
        {
            "build", "-f", request.Dockerfile, "-t", request.Tag, "--iidfile", imageIdFile,
        };
        if (options.Target is { } target)
        {
            arguments.AddRange(["--target", target]);
        }

        foreach (var (name, value) in options.BuildArguments.OrderBy(pair => pair.Key))
        {
            arguments.AddRange(["--build-arg", $"{name}={value}"]);
        }

        if (options.NoCache)
        {
            arguments.Add("--no-cache");
        }

        if (options.Platform is { } platform)
        {
            arguments.AddRange(["--platform", platform]);
        }

        foreach (var volume in options.Volumes)
        {
            arguments.AddRange(["--volume", volume.ToString()]);
        }

        arguments.AddRange(PullArguments(dialect, options.Pull));
        if (dialect.Isolation && isolation is not null)
        {
            arguments.AddRange(["--isolation", isolation]);
        }

        arguments.Add(request.Context);
        return arguments;
    }

    private static IEnumerable<string> PullArguments(EngineDialect dialect, PullPolicy pull)
    {
        if (!dialect.PullPolicyValues)
        {
            // Limitation: `docker build` has no way to refuse pulls; Never behaves as Missing.
            return pull == PullPolicy.Always ? ["--pull"] : [];
        }

        return pull switch
        {
            PullPolicy.Always => ["--pull=always"],
            PullPolicy.Never => ["--pull=never"],
            _ => ["--pull=missing"],
        };
    }

    private static void CheckInputs(EngineDialect dialect, BuildRequest request)
    {
        if (!File.Exists(request.Dockerfile))
        {
            throw new EngineException($"{request.Dockerfile}: Dockerfile not found");
        }

        if (!Directory.Exists(request.Context))
        {
            throw new EngineException($"{request.Context}: build context directory not found");
        }

        foreach (var volume in request.Options.Volumes)
        {
            CheckVolume(dialect, volume);
        }
    }

    private static void CheckVolume(EngineDialect dialect, BuildVolume volume)
    {
        if (!dialect.BuildVolumes)
        {
            throw new EngineException($"{volume.HostPath}: `{dialect.Name} build` cannot mount "
                + "volumes into RUN steps; use podman or buildah");
        }

        // The flag's value is split at colons, so a colon in either path would be misread.
        if (volume.HostPath.Contains(':') || volume.ContainerPath.Contains(':'))
        {
            throw new EngineException($"{volume}: a build volume path cannot contain ':'");
        }

        if (!Path.IsPathRooted(volume.ContainerPath))
        {
            throw new EngineException(
                $"{volume.ContainerPath}: a build volume needs an absolute container path");
        }

        if (!File.Exists(volume.HostPath) && !Directory.Exists(volume.HostPath))
        {
            throw new EngineException($"{volume.HostPath}: build volume not found on the host");
        }
    }

    private static string ReadImageId(string imageIdFile, CommandLine command)
    {
        var imageId = File.Exists(imageIdFile) ? File.ReadAllText(imageIdFile).Trim() : "";
        if (imageId.Length == 0)
        {
            throw new EngineException($"`{command}` succeeded but wrote no image id", command);
        }

        return imageId.Contains(':') ? imageId : "sha256:" + imageId;
    }
}

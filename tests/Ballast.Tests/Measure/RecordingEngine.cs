using Ballast.Engines;

namespace Ballast.Tests.Measure;

/// <summary>
/// An in-process engine: builds succeed at once, saves write the archive held for the
/// build's label (the tag's last part), runs answer with the exit code set per label, and
/// every call is recorded.
/// </summary>
internal sealed class RecordingEngine : IContainerEngine
{
    public Dictionary<string, byte[]> Archives { get; } = [];

    public Dictionary<string, int> ExitCodes { get; } = [];

    public List<(string Tag, BuildOptions Options)> Builds { get; } = [];

    public List<IReadOnlyList<string>?> Runs { get; } = [];

    public List<string> Removed { get; } = [];

    public EngineException? BuildFailure { get; init; }

    public string Name => "recording";

    public Task<EngineAvailability> CheckAvailabilityAsync(CancellationToken cancel = default) =>
        Task.FromResult(new EngineAvailability(Name, true, "in process"));

    public Task<BuildResult> BuildAsync(string dockerfile, string context, string tag,
        BuildOptions? options = null, CancellationToken cancel = default)
    {
        if (BuildFailure is not null)
        {
            throw BuildFailure;
        }

        Builds.Add((tag, options ?? new BuildOptions()));
        var seconds = options?.NoCache == true ? 30 : 2;
        return Task.FromResult(new BuildResult(tag, "sha256:0", TimeSpan.FromSeconds(seconds), ""));
    }

    public Task SaveAsync(string image, string archivePath, ArchiveFormat format = default,
        CancellationToken cancel = default)
    {
        if (!Archives.TryGetValue(Label(image), out var archive))
        {
            throw new EngineException($"{image}: image not known");
        }

        File.WriteAllBytes(archivePath, archive);
        return Task.CompletedTask;
    }

    public Task<ImageInspection> InspectAsync(string image, CancellationToken cancel = default) =>
        throw new EngineException("inspect is not used by measure");

    public Task<RunResult> RunAsync(string image, IReadOnlyList<string>? command,
        TimeSpan timeout, CancellationToken cancel = default)
    {
        Runs.Add(command);
        var exit = ExitCodes.GetValueOrDefault(Label(image));
        return Task.FromResult(new RunResult(exit, "ok\n", "", false, TimeSpan.FromSeconds(1)));
    }

    public Task RemoveAsync(string image, CancellationToken cancel = default)
    {
        Removed.Add(image);
        return Task.CompletedTask;
    }

    private static string Label(string tag) => tag[(tag.LastIndexOf(':') + 1)..];
}

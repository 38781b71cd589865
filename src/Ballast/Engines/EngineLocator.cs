namespace Ballast.Engines;

/// <summary>
/// Chooses the engine <c>measure</c> uses. Without a preference it tries Docker, then Podman,
/// then Buildah, and takes the first that answers; with one it tries only that engine.
/// </summary>
public sealed class EngineLocator
{
    private readonly EngineOptions options;

    /// <summary>Creates a locator whose engines all use <paramref name="options"/>.</summary>
    public EngineLocator(EngineOptions? options = null)
    {
        this.options = options ?? new EngineOptions();
    }

    /// <summary>The engine names in detection order.</summary>
    public static IReadOnlyList<string> DetectionOrder { get; } = ["docker", "podman", "buildah"];

    /// <summary>Creates the adapter called <paramref name="name"/> (case-insensitive), or
    /// null for a name Ballast does not know.</summary>
    public IContainerEngine? Create(string name) => name.ToLowerInvariant() switch
    {
        "docker" => new DockerEngine(options),
        "podman" => new PodmanEngine(options),
        "buildah" => new BuildahEngine(options),
        _ => null,
    };

    /// <summary>Finds a usable engine. The result always lists every engine probed and why
    /// each was passed over, so a failure can say exactly what was looked for.</summary>
    public async Task<EngineSearch> FindAsync(
        string? preferred,
        CancellationToken cancellationToken = default)
    {
        var names = preferred is null ? DetectionOrder : [preferred];
        var probes = new List<EngineAvailability>();
        foreach (var name in names)
        {
            var engine = Create(name);
            if (engine is null)
            {
                var known = string.Join(", ", DetectionOrder);
                probes.Add(new EngineAvailability(name, false, $"unknown engine (known: {known})"));
                continue;
            }

            var availability = await engine.CheckAvailabilityAsync(cancellationToken);
            probes.Add(availability);
            if (availability.IsAvailable)
            {
                return new EngineSearch(engine, probes);
            }
        }

        return new EngineSearch(null, probes);
    }
}

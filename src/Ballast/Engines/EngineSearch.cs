namespace Ballast.Engines;

/// <summary>The outcome of <see cref="EngineLocator.FindAsync"/>.</summary>
/// <param name="Engine">The engine found, or null when none answered.</param>
/// <param name="Probes">Every engine tried, in order, with its availability.</param>
public sealed record EngineSearch(
    IContainerEngine? Engine,
    IReadOnlyList<EngineAvailability> Probes)
{
    /// <summary>A message for the user: which engine was chosen, or which were looked for
    /// and why none could be used.</summary>
    public string Describe()
    {
        if (Engine is not null)
        {
            return $"using {Engine.Name} ({Probes[^1].Detail})";
        }

        var reasons = Probes.Select(probe => $"  {probe.Engine}: {probe.Detail}");
        return "no container engine found; looked for "
            + string.Join(", ", Probes.Select(probe => probe.Engine))
            + ":\n" + string.Join('\n', reasons);
    }
}

namespace Ballast.Engines;

/// <summary>The arguments of one <see cref="IContainerEngine.BuildAsync"/> call, kept
/// together.</summary>
internal sealed record BuildRequest(
    string Dockerfile,
    string Context,
    string Tag,
    BuildOptions Options);

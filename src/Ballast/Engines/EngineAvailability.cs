namespace Ballast.Engines;

/// <summary>The outcome of probing one engine.</summary>
/// <param name="Engine">The engine's name.</param>
/// <param name="IsAvailable">True when the client runs and reaches its engine.</param>
/// <param name="Detail">The client's version when available, otherwise why not, in words a
/// user can act on.</param>
public sealed record EngineAvailability(string Engine, bool IsAvailable, string Detail);

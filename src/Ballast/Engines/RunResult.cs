namespace Ballast.Engines;

/// <summary>A finished (or killed) container run.</summary>
/// <param name="ExitCode">The container's exit code; meaningless when <paramref
/// name="TimedOut"/>.</param>
/// <param name="StandardOutput">What the container wrote to stdout.</param>
/// <param name="StandardError">What the container (and the engine) wrote to stderr.</param>
/// <param name="TimedOut">True when the run was killed for exceeding its timeout.</param>
/// <param name="Duration">Wall-clock time of the run.</param>
public sealed record RunResult(
    int ExitCode,
    string StandardOutput,
    string StandardError,
    bool TimedOut,
    TimeSpan Duration);

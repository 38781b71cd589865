namespace Ballast.Workflows;

/// <summary>How an image answered its smoke command.</summary>
/// <param name="Command">The words run; empty means the image's own ENTRYPOINT and CMD.</param>
/// <param name="ExitCode">The container's exit code; meaningless when it timed out.</param>
/// <param name="TimedOut">True when the run was killed at the smoke timeout.</param>
/// <param name="Duration">Wall-clock time of the run.</param>
/// <param name="OutputTail">The last line the container printed, for the report.</param>
public sealed record SmokeResult(
    IReadOnlyList<string> Command,
    int ExitCode,
    bool TimedOut,
    TimeSpan Duration,
    string OutputTail)
{
    /// <summary>True when the command finished in time with exit code 0.</summary>
    public bool Passed => !TimedOut && ExitCode == 0;

    /// <summary>The result in a few words: <c>passed</c>, <c>exit 3</c> or
    /// <c>timed out</c>.</summary>
    public string Summary => TimedOut ? "timed out" : Passed ? "passed" : $"exit {ExitCode}";
}

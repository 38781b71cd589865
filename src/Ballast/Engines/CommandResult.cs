namespace Ballast.Engines;

/// <summary>A finished process: its exit code, its output and how long it ran.</summary>
internal sealed record CommandResult(
    CommandLine Command,
    int ExitCode,
    string StandardOutput,
    string StandardError,
    bool TimedOut,
    TimeSpan Duration)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>Throws unless the command exited with 0 in time.</summary>
    public CommandResult EnsureSuccess()
    {
        if (Succeeded)
        {
            return this;
        }

        var what = TimedOut
            ? $"timed out after {Duration.TotalSeconds:0.#} s"
            : $"exited with code {ExitCode}";
        var said = LastLines(StandardError.Length > 0 ? StandardError : StandardOutput);
        throw new EngineException($"`{Command}` {what}{said}", Command);
    }

    private static string LastLines(string text)
    {
        const int Count = 20;
        var lines = text.TrimEnd().Split('\n');
        if (lines.Length == 1 && lines[0].Length == 0)
        {
            return string.Empty;
        }

        return ":\n" + string.Join('\n', lines.TakeLast(Count));
    }
}

namespace Ballast.Engines;

/// <summary>Runs a client's version command to learn whether the engine can be used.</summary>
internal static class EngineProbe
{
    public static async Task<EngineAvailability> RunAsync(
        string name,
        CommandRunner runner,
        IReadOnlyList<string> arguments,
        EngineOptions options,
        CancellationToken cancellationToken)
    {
        var command = runner.For(arguments);
        if (ExecutableSearch.Find(command.Executable, options.SearchPath) is null)
        {
            return new EngineAvailability(name, false, $"`{command.Executable}` not found on PATH");
        }

        var timeout = options.CommandTimeout < TimeSpan.FromSeconds(30)
            ? options.CommandTimeout
            : TimeSpan.FromSeconds(30);
        var result = await runner.RunAsync(command, timeout, cancellationToken);
        if (!result.Succeeded)
        {
            var reason = FirstLine(result.StandardError)
                ?? (result.TimedOut ? "timed out" : $"exit code {result.ExitCode}");
            return new EngineAvailability(name, false, $"`{command}` failed: {reason}");
        }

        return new EngineAvailability(name, true, FirstLine(result.StandardOutput) ?? "available");
    }

    private static string? FirstLine(string text)
        => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
}

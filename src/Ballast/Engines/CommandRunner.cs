using System.ComponentModel;
using System.Diagnostics;

namespace Ballast.Engines;

/// <summary>
/// Starts one engine client with an argument array, the configured environment and a
/// timeout, and collects its output. On timeout the whole process tree is killed, because
/// engines fork helpers (conmon, runc, chroot children) that would otherwise keep running.
/// </summary>
internal sealed class CommandRunner
{
    private readonly string executable;
    private readonly EngineOptions options;

    public CommandRunner(string executable, EngineOptions options)
    {
        this.executable = executable;
        this.options = options;
    }

    /// <summary>The full command line for a subcommand: global options come first.</summary>
    public CommandLine For(IEnumerable<string> arguments)
        => new(executable, [.. options.GlobalArguments, .. arguments]);

    /// <summary>Runs <paramref name="command"/>; throws only when it cannot be started or the
    /// caller cancels. A non-zero exit or a timeout is reported in the result.</summary>
    public async Task<CommandResult> RunAsync(
        CommandLine command,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var path = ExecutableSearch.Find(command.Executable, options.SearchPath)
            ?? throw new EngineException(
                $"`{command.Executable}` was not found on the search path", command);

        options.CommandLog?.Invoke(command);
        using var process = new Process { StartInfo = StartInfo(path, command) };
        var stopwatch = Stopwatch.StartNew();
        Start(process, command);

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var timedOut = await WaitAsync(process, timeout, cancellationToken);
        stopwatch.Stop();

        return new CommandResult(
            command,
            timedOut ? -1 : process.ExitCode,
            await output,
            await error,
            timedOut,
            stopwatch.Elapsed);
    }

    private ProcessStartInfo StartInfo(string path, CommandLine command)
    {
        var startInfo = new ProcessStartInfo(path)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in options.Environment)
        {
            startInfo.Environment[name] = value;
        }

        return startInfo;
    }

    private static void Start(Process process, CommandLine command)
    {
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new EngineException(
                $"`{command.Executable}` could not be started: {exception.Message}",
                command,
                exception);
        }

        // Engines must never wait for a terminal: close stdin at once.
        process.StandardInput.Close();
    }

    /// <summary>Waits for exit; returns true when the process was killed for its timeout.</summary>
    private static async Task<bool> WaitAsync(
        Process process,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            return true;
        }
    }
}

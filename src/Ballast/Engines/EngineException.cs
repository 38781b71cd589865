namespace Ballast.Engines;

/// <summary>
/// An engine command failed, timed out, could not start, or printed something Ballast could
/// not read. The message names the command and quotes the engine's own explanation, so it
/// can be shown to the user as it is.
/// </summary>
public sealed class EngineException : Exception
{
    /// <summary>Creates the exception for a failure of <paramref name="command"/>.</summary>
    public EngineException(string message, CommandLine? command = null, Exception? inner = null)
        : base(message, inner)
    {
        Command = command;
    }

    /// <summary>The command that failed, when one was started.</summary>
    public CommandLine? Command { get; }
}

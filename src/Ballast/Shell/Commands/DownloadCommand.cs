namespace Ballast.Shell.Commands;

/// <summary>A <c>curl</c> or <c>wget</c> command.</summary>
/// <param name="Tool">Which command.</param>
/// <param name="Urls">The URLs fetched.</param>
/// <param name="OutputFile">The file written (<c>-o</c>, <c>-O FILE</c>); null when the
/// output goes to standard output or to a name taken from the URL.</param>
/// <param name="WritesToStandardOutput">True when the body goes to standard output.</param>
/// <param name="PipedToShell">True when standard output is piped straight into a shell
/// (<c>curl ... | sh</c>).</param>
/// <param name="Command">The simple command this was read from.</param>
public sealed record DownloadCommand(
    DownloadTool Tool,
    IReadOnlyList<ShellWord> Urls,
    ShellWord? OutputFile,
    bool WritesToStandardOutput,
    bool PipedToShell,
    ShellCommand Command);

namespace Ballast.Shell;

/// <summary>What one parse collects, shared by the readers of nested scripts.</summary>
internal sealed class ParseState
{
    public List<ShellCommand> Commands { get; } = [];

    public List<ShellDiagnostic> Diagnostics { get; } = [];

    public ShellOptions Options { get; set; }

    public int NextPipeline { get; set; }

    public int Depth { get; set; }

    /// <summary>Variables whose values are known before the script runs (ENV, ARG).</summary>
    public IReadOnlyDictionary<string, string>? Variables { get; init; }
}

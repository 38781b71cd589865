namespace Ballast.Shell.Commands;

/// <summary>A command line split into options (with values) and positional words.</summary>
internal sealed record ArgumentScan(
    IReadOnlyList<CommandOption> Options,
    IReadOnlyList<ShellWord> Positionals);

namespace Ballast.Shell.Commands;

/// <summary>An <c>rm</c> command: what it removes and how.</summary>
/// <param name="Paths">The paths removed, as written (globs unexpanded).</param>
/// <param name="Recursive">True with <c>-r</c>, <c>-R</c> or <c>--recursive</c>.</param>
/// <param name="Force">True with <c>-f</c> or <c>--force</c>.</param>
/// <param name="Command">The simple command this was read from.</param>
public sealed record RemoveCommand(
    IReadOnlyList<ShellWord> Paths,
    bool Recursive,
    bool Force,
    ShellCommand Command);

namespace Ballast.Shell.Commands;

/// <summary>A <c>tar</c> command.</summary>
/// <param name="Operation">Extract, create, list or append.</param>
/// <param name="File">The archive (<c>-f</c>); null when it is standard input or output,
/// or when <c>-f -</c> is written.</param>
/// <param name="Directory">The directory changed to first (<c>-C</c>), if any.</param>
/// <param name="Members">The files named after the options.</param>
/// <param name="Command">The simple command this was read from.</param>
public sealed record ArchiveCommand(
    ArchiveOperation Operation,
    ShellWord? File,
    ShellWord? Directory,
    IReadOnlyList<ShellWord> Members,
    ShellCommand Command);

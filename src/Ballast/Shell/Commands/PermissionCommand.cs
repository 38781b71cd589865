namespace Ballast.Shell.Commands;

/// <summary>A <c>chown</c>, <c>chgrp</c> or <c>chmod</c> command.</summary>
/// <param name="Tool">Which command.</param>
/// <param name="Setting">The owner (<c>app:app</c>) or mode (<c>0755</c>, <c>u+x</c>);
/// null when a <c>--reference</c> file is used instead.</param>
/// <param name="Paths">The files changed.</param>
/// <param name="Recursive">True with <c>-R</c> or <c>--recursive</c>.</param>
/// <param name="Command">The simple command this was read from.</param>
public sealed record PermissionCommand(
    PermissionTool Tool,
    ShellWord? Setting,
    IReadOnlyList<ShellWord> Paths,
    bool Recursive,
    ShellCommand Command);

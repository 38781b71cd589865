namespace Ballast.Shell.Commands;

/// <summary>The commands that change who owns a file or what may be done with it.</summary>
public enum PermissionTool
{
    /// <summary><c>chown</c>.</summary>
    Chown,

    /// <summary><c>chgrp</c>.</summary>
    Chgrp,

    /// <summary><c>chmod</c>.</summary>
    Chmod,
}

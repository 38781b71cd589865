namespace Ballast.Shell.Commands;

/// <summary>What a package manager command does.</summary>
public enum PackageAction
{
    /// <summary>Anything not listed here, such as a query or running a script.</summary>
    Other,

    /// <summary>Refreshes the package indexes (<c>apt-get update</c>, <c>apk update</c>).
    /// </summary>
    Update,

    /// <summary>Installs packages, named or from a manifest or lock file.</summary>
    Install,

    /// <summary>Installs packages again.</summary>
    Reinstall,

    /// <summary>Removes packages.</summary>
    Remove,

    /// <summary>Removes packages with their configuration.</summary>
    Purge,

    /// <summary>Removes packages nothing depends on any more.</summary>
    AutoRemove,

    /// <summary>Upgrades installed packages.</summary>
    Upgrade,

    /// <summary>Upgrades across releases (<c>dist-upgrade</c>, <c>full-upgrade</c>).</summary>
    DistUpgrade,

    /// <summary>Deletes downloaded packages or the whole cache.</summary>
    Clean,

    /// <summary>Deletes only downloaded packages that can no longer be downloaded.</summary>
    AutoClean,

    /// <summary>Deletes downloaded packages and package lists (<c>apt-get dist-clean</c>).
    /// </summary>
    DistClean,

    /// <summary>Downloads packages or dependencies without installing them.</summary>
    Download,

    /// <summary>Builds a project.</summary>
    Build,
}

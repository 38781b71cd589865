namespace Ballast.Shell.Commands;

/// <summary>Where a package argument comes from.</summary>
public enum PackageOrigin
{
    /// <summary>A name looked up in the manager's registry or repositories.</summary>
    Registry,

    /// <summary>A local file or directory.</summary>
    Path,

    /// <summary>A URL or version-control reference.</summary>
    Url,
}

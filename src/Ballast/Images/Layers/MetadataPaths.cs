namespace Ballast.Images.Layers;

/// <summary>
/// The small files the package inventory needs, recognised by path while layers stream past
/// so their content can be captured without a second pass.
/// </summary>
internal static class MetadataPaths
{
    public const string DpkgStatus = "var/lib/dpkg/status";
    public const string DpkgStatusDirectory = "var/lib/dpkg/status.d/";
    public const string EtcOsRelease = "etc/os-release";
    public const string UsrLibOsRelease = "usr/lib/os-release";

    public static readonly IReadOnlyList<string> ApkDatabases =
        ["lib/apk/db/installed", "usr/lib/apk/db/installed"];

    public static readonly IReadOnlyList<string> RpmDatabases =
    [
        "var/lib/rpm/rpmdb.sqlite", "var/lib/rpm/Packages", "var/lib/rpm/Packages.db",
        "usr/lib/sysimage/rpm/rpmdb.sqlite", "usr/lib/sysimage/rpm/Packages",
        "usr/lib/sysimage/rpm/Packages.db", "usr/share/rpm/rpmdb.sqlite",
    ];

    public static bool ShouldCapture(string path) =>
        path is DpkgStatus or EtcOsRelease or UsrLibOsRelease
        || ApkDatabases.Contains(path)
        || IsDpkgStatusFile(path)
        || IsPythonMetadata(path)
        || IsNpmManifest(path);

    /// <summary>Distroless keeps one stanza file per package beside their md5sums.</summary>
    public static bool IsDpkgStatusFile(string path) =>
        path.StartsWith(DpkgStatusDirectory, StringComparison.Ordinal)
        && path.IndexOf('/', DpkgStatusDirectory.Length) < 0
        && !path.EndsWith(".md5sums", StringComparison.Ordinal);

    public static bool IsPythonMetadata(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        var directory = path[..slash];
        var name = path[(slash + 1)..];
        return (name == "METADATA" && directory.EndsWith(".dist-info", StringComparison.Ordinal))
            || (name == "PKG-INFO" && directory.EndsWith(".egg-info", StringComparison.Ordinal))
            || name.EndsWith(".egg-info", StringComparison.Ordinal);
    }

    /// <summary>
    /// A package's own manifest: <c>node_modules/name/package.json</c> or
    /// <c>node_modules/@scope/name/package.json</c>, not helper manifests deeper inside.
    /// </summary>
    public static bool IsNpmManifest(string path)
    {
        if (!path.EndsWith("/package.json", StringComparison.Ordinal))
        {
            return false;
        }

        var marker = path.LastIndexOf("node_modules/", StringComparison.Ordinal);
        if (marker < 0 || (marker > 0 && path[marker - 1] != '/'))
        {
            return false;
        }

        var rest = path[(marker + "node_modules/".Length)..^"/package.json".Length];
        var parts = rest.Split('/');
        return parts.Length == 1 && parts[0].Length > 0
            || parts.Length == 2 && parts[0].StartsWith('@') && parts[1].Length > 0;
    }
}

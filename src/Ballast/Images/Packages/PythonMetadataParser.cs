namespace Ballast.Images.Packages;

/// <summary>Reads a Python distribution from its METADATA or PKG-INFO headers.</summary>
internal static class PythonMetadataParser
{
    public static InstalledPackage? Parse(string text)
    {
        var headers = Deb822.Headers(text);
        var name = headers.GetValueOrDefault("Name");
        var version = headers.GetValueOrDefault("Version");
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(version))
        {
            return null;
        }

        return new InstalledPackage("PyPI", name, version, name, version);
    }
}

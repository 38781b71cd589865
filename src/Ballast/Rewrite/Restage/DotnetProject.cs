using System.Xml;
using System.Xml.Linq;

namespace Ballast.Rewrite.Restage;

/// <summary>A .NET project file read from the build context: its SDK, the assembly it
/// builds and whether it publishes self-contained.</summary>
/// <param name="File">The project file's path in the context.</param>
/// <param name="Sdk">The <c>Sdk</c> attribute (<c>Microsoft.NET.Sdk.Web</c>).</param>
/// <param name="AssemblyName">The assembly's name: <c>AssemblyName</c>, or the file's
/// name.</param>
/// <param name="IsWeb">True for the Web SDK or a reference to ASP.NET Core's framework.
/// </param>
/// <param name="IsTest">True for a test project (it references the test SDK).</param>
/// <param name="SelfContained">True when the project sets <c>SelfContained</c> or
/// <c>PublishAot</c>.</param>
internal sealed record DotnetProject(
    string File,
    string Sdk,
    string AssemblyName,
    bool IsWeb,
    bool IsTest,
    bool SelfContained)
{
    private static readonly string[] Extensions = [".csproj", ".fsproj", ".vbproj"];

    private static readonly string[] RootFiles =
    [
        "global.json", "NuGet.config", "nuget.config", "Directory.Build.props",
        "Directory.Build.targets", "Directory.Packages.props",
    ];

    /// <summary>True for a project file's name.</summary>
    public static bool IsProjectFile(string name) =>
        Extensions.Any(extension => name.EndsWith(extension, StringComparison.Ordinal));

    /// <summary>True for a file restore reads: a project, a solution, or a file that sets
    /// NuGet sources, package versions or the SDK.</summary>
    public static bool IsRestoreFile(string name) => IsProjectFile(name)
        || name.EndsWith(".sln", StringComparison.Ordinal)
        || name.EndsWith(".slnx", StringComparison.Ordinal)
        || RootFiles.Contains(name, StringComparer.Ordinal);

    /// <summary>The files restore reads under <paramref name="folder"/>, relative to it with
    /// forward slashes, skipping build output.</summary>
    public static List<string> RestoreFiles(string folder)
    {
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var parts = relative.Split('/');
            if (parts.Any(part => part is "bin" or "obj" or ".git"))
            {
                continue;
            }

            var name = parts[^1];
            if (IsProjectFile(name) || (parts.Length == 1 && IsRestoreFile(name)))
            {
                files.Add(relative);
            }
        }

        // Solutions and shared settings first, then the projects by folder.
        return files.OrderBy(file => file.Contains('/')).ThenBy(file => file,
            StringComparer.Ordinal).ToList();
    }

    /// <summary>The projects <paramref name="path"/> names in the context: a project file, a
    /// folder's project files, or every project under a solution's folder.</summary>
    public static List<DotnetProject> At(string path)
    {
        if (System.IO.File.Exists(path) && IsProjectFile(path))
        {
            return Read(path) is { } project ? [project] : [];
        }

        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }

        var solution = path.EndsWith(".sln", StringComparison.Ordinal)
            || path.EndsWith(".slnx", StringComparison.Ordinal)
            || !Directory.EnumerateFiles(folder).Any(file => IsProjectFile(file));
        var option = solution ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        return RestoreFiles(folder).Where(IsProjectFile)
            .Where(file => option == SearchOption.AllDirectories || !file.Contains('/'))
            .Select(file => Read(Path.Combine(folder, file)))
            .OfType<DotnetProject>()
            .ToList();
    }

    private static DotnetProject? Read(string file)
    {
        try
        {
            var root = XDocument.Parse(System.IO.File.ReadAllText(file)).Root;
            if (root is null)
            {
                return null;
            }

            var sdk = (string?)root.Attribute("Sdk") ?? "";
            var properties = root.Descendants().Where(element => !element.HasElements)
                .GroupBy(element => element.Name.LocalName)
                .ToDictionary(group => group.Key, group => group.Last().Value.Trim());
            var references = root.Descendants()
                .Select(element => (string?)element.Attribute("Include") ?? "")
                .ToList();
            return new DotnetProject(
                file,
                sdk,
                properties.GetValueOrDefault("AssemblyName")
                    ?? Path.GetFileNameWithoutExtension(file),
                sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase)
                    || references.Contains("Microsoft.AspNetCore.App"),
                references.Contains("Microsoft.NET.Test.Sdk")
                    || properties.GetValueOrDefault("IsTestProject") == "true",
                properties.GetValueOrDefault("SelfContained") == "true"
                    || properties.GetValueOrDefault("PublishAot") == "true");
        }
        catch (Exception exception) when (exception is XmlException or IOException)
        {
            return null;
        }
    }
}

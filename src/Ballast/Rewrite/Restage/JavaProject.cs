using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Ballast.Rewrite.Restage;

/// <summary>What the build files of a Java project in the build context say about the jar
/// it builds: its file name, and whether the project has modules whose build files would
/// also be needed to resolve dependencies.</summary>
/// <param name="Folder">The project's folder in the build context, or null when the
/// context was not given.</param>
/// <param name="FolderName">The project folder's name in the image, Gradle's default
/// project name.</param>
internal sealed partial class JavaProject(string? Folder, string FolderName)
{
    /// <summary>The jar's file name, or why it cannot be told.</summary>
    public (string? Name, string? Problem) JarName(JavaBuildTool tool)
    {
        if (Folder is null)
        {
            return (null, "the build context was not given, so the jar's name could not be "
                + "read from the build files");
        }

        return tool == JavaBuildTool.Maven ? MavenJar() : GradleJar();
    }

    /// <summary>True when the project builds several modules or subprojects.</summary>
    public bool HasModules(JavaBuildTool tool)
    {
        if (Folder is null)
        {
            return false;
        }

        if (tool == JavaBuildTool.Maven)
        {
            return Pom() is { } pom && Child(pom.Root, "modules")?.Elements().Any() == true;
        }

        var settings = Read("settings.gradle") ?? Read("settings.gradle.kts") ?? "";
        return IncludePattern().IsMatch(settings);
    }

    /// <summary>True when <paramref name="path"/>, relative to the project, exists.</summary>
    public bool Has(string path) => Folder is not null
        && (File.Exists(Path.Combine(Folder, path))
            || Directory.Exists(Path.Combine(Folder, path.TrimEnd('/'))));

    private (string?, string?) MavenJar()
    {
        var pom = Pom();
        if (pom?.Root is not { } project)
        {
            return (null, "pom.xml could not be read from the build context");
        }

        var packaging = Child(project, "packaging")?.Value.Trim() ?? "jar";
        if (packaging != "jar")
        {
            return (null, $"pom.xml packages a {packaging}, not a jar");
        }

        var finalName = Child(Child(project, "build"), "finalName")?.Value.Trim();
        var artifact = Child(project, "artifactId")?.Value.Trim();
        var version = Child(project, "version")?.Value.Trim()
            ?? Child(Child(project, "parent"), "version")?.Value.Trim();
        var name = finalName ?? (artifact is null || version is null
            ? null
            : $"{artifact}-{version}");
        return name is null || name.Contains("${", StringComparison.Ordinal)
            ? (null, "pom.xml does not name the jar plainly (a property or a missing version)")
            : (name + ".jar", null);
    }

    // Gradle names the jar after the root project (the folder unless settings.gradle says
    // otherwise) and the version the build script sets.
    private (string?, string?) GradleJar()
    {
        var settings = Read("settings.gradle") ?? Read("settings.gradle.kts") ?? "";
        var script = Read("build.gradle") ?? Read("build.gradle.kts");
        if (script is null)
        {
            return (null, "build.gradle could not be read from the build context");
        }

        if (script.Contains("archiveFileName", StringComparison.Ordinal)
            || script.Contains("archiveBaseName", StringComparison.Ordinal))
        {
            return (null, "build.gradle renames the jar");
        }

        var name = ProjectNamePattern().Match(settings) is { Success: true } named
            ? named.Groups["name"].Value
            : FolderName;
        var version = VersionPattern().Match(script) is { Success: true } set
            ? "-" + set.Groups["version"].Value
            : "";
        return (name + version + ".jar", null);
    }

    private XDocument? Pom()
    {
        var text = Read("pom.xml");
        if (text is null)
        {
            return null;
        }

        try
        {
            return XDocument.Parse(text);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static XElement? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(element => element.Name.LocalName == name);

    private string? Read(string file)
    {
        var path = Folder is null ? null : Path.Combine(Folder, file);
        try
        {
            return path is not null && File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    [GeneratedRegex("""^\s*include\b""", RegexOptions.Multiline)]
    private static partial Regex IncludePattern();

    [GeneratedRegex("""rootProject\.name\s*=\s*['"](?<name>[^'"$]+)['"]""")]
    private static partial Regex ProjectNamePattern();

    [GeneratedRegex("""^\s*version\s*=\s*['"](?<version>[^'"$]+)['"]""", RegexOptions.Multiline)]
    private static partial Regex VersionPattern();
}

namespace Ballast.Tests;

/// <summary>Reads the Dockerfiles kept under Cases/ next to the test assembly.</summary>
internal static class TestCases
{
    public static string Directory(string name) =>
        Path.Combine(AppContext.BaseDirectory, "Cases", name);

    public static string Dockerfile(string name) =>
        File.ReadAllText(Path.Combine(Directory(name), "Dockerfile"));

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Cases"))
            .Where(folder => File.Exists(Path.Combine(folder, "Dockerfile")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
}

using System.Text.RegularExpressions;
using Ballast.Images;

namespace Ballast.Vulnerabilities;

/// <summary>
/// What an image gives an attacker to work with, needing no vulnerability database: how
/// many packages, and which compilers, shells, package managers, development packages and
/// setuid or setgid files it contains.
/// </summary>
/// <param name="PackageCount">Installed packages.</param>
/// <param name="Compilers">Paths of compiler executables (gcc, g++, clang, cc1, ...).</param>
/// <param name="Shells">Paths of shells (sh, bash, dash, ash, zsh, busybox, ...).</param>
/// <param name="PackageManagers">Paths of package managers (apt, dpkg, apk, pip, npm, ...).</param>
/// <param name="DevelopmentPackages">Names of <c>-dev</c> and <c>-devel</c> packages.</param>
/// <param name="SetuidFiles">Paths of files with the setuid or setgid bit.</param>
public sealed partial record ExposureFigures(
    int PackageCount,
    IReadOnlyList<string> Compilers,
    IReadOnlyList<string> Shells,
    IReadOnlyList<string> PackageManagers,
    IReadOnlyList<string> DevelopmentPackages,
    IReadOnlyList<string> SetuidFiles)
{
    private static readonly string[] ExecutableFolders =
        ["/bin/", "/sbin/", "/usr/bin/", "/usr/sbin/", "/usr/local/bin/", "/usr/local/sbin/"];

    private const UnixFileMode SetIdentity = UnixFileMode.SetUser | UnixFileMode.SetGroup;

    /// <summary>Measures the figures from a package list and the image's files.</summary>
    public static ExposureFigures Measure(
        IReadOnlyList<InstalledPackage> packages,
        IReadOnlyList<ImageFile> files)
    {
        var executables = files.Where(f => IsExecutable(f.Path)).ToList();
        return new ExposureFigures(
            packages.Count,
            Paths(files.Where(f => IsCompilerPart(f.Path)).Concat(Named(executables, Compiler()))),
            Paths(Named(executables, Shell())),
            Paths(Named(executables, PackageManager())),
            packages
                .Select(p => p.Name)
                .Where(n => n.EndsWith("-dev", StringComparison.Ordinal)
                    || n.EndsWith("-devel", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList(),
            Paths(files.Where(f => (f.Mode & SetIdentity) != 0)));
    }

    private static bool IsExecutable(string path) =>
        ExecutableFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal)
            && path.IndexOf('/', folder.Length) < 0);

    // The compiler proper lives outside PATH, under gcc's private folders.
    private static bool IsCompilerPart(string path) =>
        path.Contains("/gcc/", StringComparison.Ordinal)
        && System.IO.Path.GetFileName(path) is "cc1" or "cc1plus" or "cc1obj" or "lto1";

    private static IEnumerable<ImageFile> Named(IEnumerable<ImageFile> files, Regex name) =>
        files.Where(f => name.IsMatch(System.IO.Path.GetFileName(f.Path)));

    private static List<string> Paths(IEnumerable<ImageFile> files) =>
        files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(
        @"^((x86_64|aarch64|arm|i686)[-\w]*-)?"
        + @"(gcc|g\+\+|cc|c\+\+|clang|clang\+\+|tcc|gfortran|rustc|javac)(-\d+(\.\d+)*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Compiler();

    [GeneratedRegex(@"^(sh|bash|dash|ash|zsh|ksh|mksh|fish|csh|tcsh|busybox)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shell();

    [GeneratedRegex(
        @"^(apt|apt-get|dpkg|apk|pip|pip3(\.\d+)?|npm|yarn|pnpm|yum|dnf|microdnf|rpm|gem|zypper)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PackageManager();
}

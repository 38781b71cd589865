using Ballast.Knowledge;
using Ballast.Shell.Commands;

namespace Ballast.Rules;

/// <summary>Which packages are build tooling: compilers and toolchains, development
/// headers, and language packaging tools that only matter while dependencies install.</summary>
public static class BuildTooling
{
    private static readonly HashSet<string> Toolchain =
    [
        "gcc", "g++", "cpp", "clang", "llvm", "make", "cmake", "ninja-build", "automake",
        "autoconf", "libtool", "pkg-config", "pkgconf", "build-essential", "build-base",
        "gfortran", "binutils", "dpkg-dev", "patch", "bison", "flex", "meson", "gcc-c++",
        "musl-dev", "libc6-dev", "libc-dev", "linux-headers",
    ];

    private static readonly HashSet<string> PackagingTools =
    [
        "poetry", "pipenv", "uv", "pdm", "hatch", "flit", "pip-tools", "maturin", "cython",
    ];

    /// <summary>True for a compiler or build toolchain package of any distribution.</summary>
    public static bool IsToolchain(string package)
    {
        var name = BareName(package);
        return Toolchain.Contains(name) || IsVersioned(name, "gcc-") || IsVersioned(name, "g++-")
            || IsVersioned(name, "clang-");
    }

    /// <summary>True for a development package: headers and static libraries.</summary>
    public static bool IsDevelopment(string package, PackageFacts facts)
    {
        var name = BareName(package);
        return facts.IsDevelopmentPackage(name) || name.EndsWith("-dev", StringComparison.Ordinal)
            || name.EndsWith("-devel", StringComparison.Ordinal)
            || name.EndsWith("-headers", StringComparison.Ordinal);
    }

    /// <summary>True for a Python or other language packaging tool installed with pip.</summary>
    public static bool IsPackagingTool(PackageArgument package) =>
        PackagingTools.Contains(package.Name.ToLowerInvariant());

    /// <summary>True for a system package manager (apt, apk, dnf, yum, zypper).</summary>
    public static bool IsSystemManager(PackageManager manager) => manager is PackageManager.Apt
        or PackageManager.Aptitude or PackageManager.Apk or PackageManager.Dnf
        or PackageManager.Yum or PackageManager.Microdnf or PackageManager.Zypper;

    // The name without a version (=1.2) or architecture (:amd64), cut without splitting
    // the whole word: every installed package of every file is asked about twice.
    private static string BareName(string package)
    {
        var cut = package.AsSpan().IndexOfAny('=', ':');
        return cut < 0 ? package : package[..cut];
    }

    private static bool IsVersioned(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal)
        && name.Length > prefix.Length && char.IsAsciiDigit(name[prefix.Length]);
}

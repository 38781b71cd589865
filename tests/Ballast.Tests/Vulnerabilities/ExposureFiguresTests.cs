using Ballast.Images;
using Ballast.Vulnerabilities;
using Xunit;

namespace Ballast.Tests.Vulnerabilities;

public sealed class ExposureFiguresTests
{
    private const UnixFileMode Executable = (UnixFileMode)0b111_101_101;

    private static ImageFile File(string path, UnixFileMode mode = Executable) => new(path, mode);

    private static ExposureFigures Measure(params ImageFile[] files) =>
        ExposureFigures.Measure(DpkgStatusFixture.Load(), files);

    [Fact]
    public void The_package_count_is_the_length_of_the_package_list()
    {
        var figures = Measure();

        Assert.Equal(DpkgStatusFixture.Load().Count, figures.PackageCount);
    }

    [Fact]
    public void Compilers_are_found_on_the_path_and_in_gcc_private_folders()
    {
        var figures = Measure(
            File("/usr/bin/gcc-12"),
            File("/usr/bin/x86_64-linux-gnu-g++-12"),
            File("/usr/bin/cc"),
            File("/usr/lib/gcc/x86_64-linux-gnu/12/cc1"),
            File("/usr/bin/gcc-ar-12"),
            File("/usr/share/doc/gcc-12/README"));

        Assert.Equal(
            ["/usr/bin/cc", "/usr/bin/gcc-12", "/usr/bin/x86_64-linux-gnu-g++-12",
                "/usr/lib/gcc/x86_64-linux-gnu/12/cc1"],
            figures.Compilers);
    }

    [Fact]
    public void Shells_and_package_managers_are_found_by_executable_name()
    {
        var figures = Measure(
            File("/bin/sh"),
            File("/usr/bin/bash"),
            File("/usr/bin/apt-get"),
            File("/usr/local/bin/pip3.11"),
            File("/usr/share/bash-completion/completions/apt"),
            File("/usr/bin/shred"));

        Assert.Equal(["/bin/sh", "/usr/bin/bash"], figures.Shells);
        Assert.Equal(["/usr/bin/apt-get", "/usr/local/bin/pip3.11"], figures.PackageManagers);
    }

    [Fact]
    public void Development_packages_are_those_named_dev_or_devel()
    {
        var figures = Measure();

        Assert.Equal(["libssl-dev", "zlib1g-dev"], figures.DevelopmentPackages);
    }

    [Fact]
    public void Setuid_and_setgid_files_are_listed_and_plain_files_are_not()
    {
        var figures = Measure(
            File("/usr/bin/passwd", Executable | UnixFileMode.SetUser),
            File("/usr/bin/chage", Executable | UnixFileMode.SetGroup),
            File("/usr/bin/ls"));

        Assert.Equal(["/usr/bin/chage", "/usr/bin/passwd"], figures.SetuidFiles);
    }

    [Fact]
    public void An_empty_image_exposes_nothing()
    {
        var figures = ExposureFigures.Measure(Array.Empty<InstalledPackage>(), []);

        Assert.Equal(0, figures.PackageCount);
        Assert.Empty(figures.Compilers);
        Assert.Empty(figures.Shells);
        Assert.Empty(figures.SetuidFiles);
    }
}

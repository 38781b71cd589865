using Ballast.Images;
using Xunit;

namespace Ballast.Tests.Images;

public sealed class PackageInventoryTests
{
    private const string DebianRelease =
        "ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n";

    [Fact]
    public void Dpkg_status_of_the_final_layer_wins()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder()
                .File("usr/lib/os-release", DebianRelease)
                .SymbolicLink("etc/os-release", "../usr/lib/os-release")
                .File("var/lib/dpkg/status", "Package: a\nVersion: 1\n"))
            .Layer(new LayerBuilder()
                .File("var/lib/dpkg/status", "Package: a\nVersion: 1\n\nPackage: b\nVersion: 2\n"));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal("debian", analysis.OsRelease!.Id);
        Assert.Equal(["a", "b"], analysis.Packages.Packages.Select(p => p.Name));
        Assert.All(analysis.Packages.Packages, p => Assert.Equal("Debian", p.Ecosystem));
    }

    [Fact]
    public void Deleted_package_files_leave_the_inventory()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder()
                .File("usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA",
                    "Name: six\nVersion: 1.16.0\n"))
            .Layer(new LayerBuilder()
                .Whiteout("usr/lib/python3/dist-packages/six-1.16.0.dist-info"));

        var analysis = ImageReads.Succeed(image);

        Assert.Empty(analysis.Packages.Packages);
    }

    [Fact]
    public void Distroless_status_files_are_read_one_per_package()
    {
        var image = new TestImage().Layer(new LayerBuilder()
            .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
            .File("var/lib/dpkg/status.d/libc6", "Package: libc6\nSource: glibc\nVersion: 2.36\n")
            .File("var/lib/dpkg/status.d/libc6.md5sums", "abc  lib/x\n")
            .File("var/lib/dpkg/status.d/tzdata", "Package: tzdata\nVersion: 2024a\n"));

        var packages = ImageReads.Succeed(image).Packages.Packages;

        Assert.Equal(["libc6", "tzdata"], packages.Select(p => p.Name));
        Assert.Equal("glibc", packages[0].SourceName);
    }

    [Fact]
    public void Ubuntu_dpkg_packages_use_the_ubuntu_ecosystem()
    {
        var image = new TestImage().Layer(new LayerBuilder()
            .File("etc/os-release", "ID=ubuntu\nVERSION_ID=\"24.04\"\n")
            .File("var/lib/dpkg/status", "Package: bash\nVersion: 5.2\n"));

        var package = ImageReads.Succeed(image).Packages.Packages.Single();

        Assert.Equal("Ubuntu", package.Ecosystem);
    }

    [Fact]
    public void Alpine_python_and_npm_packages_are_found_together()
    {
        var image = new TestImage().Layer(new LayerBuilder()
            .File("etc/os-release", "ID=alpine\nVERSION_ID=3.20.3\n")
            .File("lib/apk/db/installed", "P:musl\nV:1.2.5-r0\no:musl\n\n")
            .File("usr/lib/python3.12/site-packages/idna-3.7.dist-info/METADATA",
                "Name: idna\nVersion: 3.7\n")
            .File("app/node_modules/left-pad/package.json",
                "{\"name\":\"left-pad\",\"version\":\"1.3.0\"}"));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal("3.20.3", analysis.OsRelease!.VersionId);
        Assert.Equal(["Alpine/musl", "PyPI/idna", "npm/left-pad"],
            analysis.Packages.Packages.Select(p => $"{p.Ecosystem}/{p.Name}"));
    }

    [Fact]
    public void Rpm_database_is_named_as_unread()
    {
        var image = new TestImage().Layer(new LayerBuilder()
            .File("etc/os-release", "ID=fedora\n")
            .File("var/lib/rpm/rpmdb.sqlite", 4096));

        var inventory = ImageReads.Succeed(image).Packages;

        Assert.Empty(inventory.Packages);
        Assert.Equal(["var/lib/rpm/rpmdb.sqlite"], inventory.UnreadDatabases);
    }

    [Fact]
    public void Image_without_package_databases_has_an_empty_inventory()
    {
        var image = new TestImage().Layer(new LayerBuilder().File("app/server", 100));

        var analysis = ImageReads.Succeed(image);

        Assert.Empty(analysis.Packages.Packages);
        Assert.Empty(analysis.Packages.UnreadDatabases);
        Assert.Null(analysis.OsRelease);
    }

    [Fact]
    public void Capture_limit_skips_large_databases_and_says_so()
    {
        var image = new TestImage().Layer(new LayerBuilder()
            .File("var/lib/dpkg/status", "Package: a\nVersion: 1\n" + new string('#', 5000)));
        var options = new ImageReadOptions { MaxCapturedFileBytes = 1000 };

        var analysis = ImageReads.Succeed(image.OciArchive(), options);

        Assert.Empty(analysis.Packages.Packages);
        Assert.Contains(analysis.Notes, note => note.Contains("inventory is incomplete"));
    }
}

using Ballast.Images;
using Ballast.Images.Packages;
using Xunit;

namespace Ballast.Tests.Images;

public sealed class DpkgStatusParserTests
{
    private const string Status = """
        Package: libssl3
        Status: install ok installed
        Installed-Size: 6000
        Architecture: amd64
        Source: openssl
        Version: 3.0.15-1~deb12u1
        Description: Secure Sockets Layer toolkit
         This package is part of the OpenSSL project.

        Package: libc6
        Status: install ok installed
        Source: glibc (2.36-9+deb12u4)
        Version: 2.36-9+deb12u7
        Installed-Size: 12000

        Package: bash
        Status: install ok installed
        Version: 5.2.15-2+b7

        Package: removed-tool
        Status: deinstall ok config-files
        Version: 1.0

        Package: purged
        Status: purge ok not-installed
        Version: 2.0
        """;

    [Fact]
    public void Source_without_version_takes_the_binary_version()
    {
        var packages = DpkgStatusParser.Parse(Status, "Debian").ToList();

        var ssl = packages.Single(p => p.Name == "libssl3");
        Assert.Equal(new InstalledPackage("Debian", "libssl3", "3.0.15-1~deb12u1", "openssl",
            "3.0.15-1~deb12u1", 6000 * 1024), ssl);
    }

    [Fact]
    public void Source_with_version_in_parentheses_gives_both()
    {
        var packages = DpkgStatusParser.Parse(Status, "Debian").ToList();

        var libc = packages.Single(p => p.Name == "libc6");
        Assert.Equal("glibc", libc.SourceName);
        Assert.Equal("2.36-9+deb12u4", libc.SourceVersion);
        Assert.Equal("2.36-9+deb12u7", libc.Version);
    }

    [Fact]
    public void Missing_source_defaults_to_the_binary_package()
    {
        var packages = DpkgStatusParser.Parse(Status, "Debian").ToList();

        var bash = packages.Single(p => p.Name == "bash");
        Assert.Equal("bash", bash.SourceName);
        Assert.Equal("5.2.15-2+b7", bash.SourceVersion);
        Assert.Null(bash.InstalledSize);
    }

    [Fact]
    public void Deinstalled_and_purged_packages_are_skipped()
    {
        var names = DpkgStatusParser.Parse(Status, "Debian").Select(p => p.Name);

        Assert.Equal(["libssl3", "libc6", "bash"], names);
    }

    [Fact]
    public void Stanza_without_status_counts_as_installed_as_in_distroless()
    {
        var text = "Package: base-files\nVersion: 12.4+deb12u5\nArchitecture: amd64\n";

        var package = DpkgStatusParser.Parse(text, "Debian").Single();

        Assert.Equal("base-files", package.Name);
    }

    [Fact]
    public void Windows_line_endings_and_missing_version_are_tolerated()
    {
        var text = "Package: a\r\nVersion: 1\r\n\r\nPackage: no-version\r\n";

        var packages = DpkgStatusParser.Parse(text, "Ubuntu").ToList();

        Assert.Equal("a", packages.Single().Name);
        Assert.Equal("Ubuntu", packages.Single().Ecosystem);
    }

    [Theory]
    [InlineData("openssl", "openssl", null)]
    [InlineData("glibc (2.36-9)", "glibc", "2.36-9")]
    [InlineData("  gcc-12 ( 12.2.0-14 ) ", "gcc-12", "12.2.0-14")]
    [InlineData("", null, null)]
    public void Source_field_is_split_into_name_and_version(
        string field, string? name, string? version)
    {
        var parsed = DpkgStatusParser.ParseSource(field);

        Assert.Equal((name, version), parsed);
    }
}

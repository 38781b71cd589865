using System.Text;
using Ballast.Images;
using Ballast.Images.Layers;
using Ballast.Images.Packages;
using Xunit;

namespace Ballast.Tests.Images;

public sealed class PackageParserTests
{
    [Fact]
    public void Apk_records_use_origin_as_source_and_installed_size()
    {
        var text = """
            C:Q1abc=
            P:libcrypto3
            V:3.3.2-r0
            A:x86_64
            I:4407296
            o:openssl
            F:usr/lib
            R:libcrypto.so.3

            P:musl
            V:1.2.5-r0
            """;

        var packages = ApkDatabaseParser.Parse(text).ToList();

        Assert.Equal(new InstalledPackage("Alpine", "libcrypto3", "3.3.2-r0", "openssl",
            "3.3.2-r0", 4407296), packages[0]);
        Assert.Equal(new InstalledPackage("Alpine", "musl", "1.2.5-r0", "musl", "1.2.5-r0"),
            packages[1]);
    }

    [Fact]
    public void Apk_record_without_version_is_skipped()
    {
        var packages = ApkDatabaseParser.Parse("P:broken\n\n").ToList();

        Assert.Empty(packages);
    }

    [Fact]
    public void Python_metadata_gives_name_and_version_from_the_header_block()
    {
        var text = "Metadata-Version: 2.1\nName: requests\nVersion: 2.32.3\n\nName: body\n";

        var package = PythonMetadataParser.Parse(text);

        Assert.Equal(new InstalledPackage("PyPI", "requests", "2.32.3", "requests", "2.32.3"),
            package);
    }

    [Fact]
    public void Python_metadata_without_version_gives_nothing()
    {
        Assert.Null(PythonMetadataParser.Parse("Name: half\n"));
    }

    [Fact]
    public void Npm_manifest_gives_name_and_version()
    {
        var json = Encoding.UTF8.GetBytes("{\"name\":\"@types/node\",\"version\":\"22.1.0\"}");

        var package = NpmManifestParser.Parse(json);

        Assert.Equal("@types/node", package!.Name);
        Assert.Equal("npm", package.Ecosystem);
    }

    [Theory]
    [InlineData("{\"name\":\"no-version\"}")]
    [InlineData("{broken")]
    [InlineData("[1,2]")]
    public void Npm_manifest_without_a_package_gives_nothing(string json)
    {
        Assert.Null(NpmManifestParser.Parse(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Os_release_values_are_unquoted()
    {
        var text = """
            PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
            ID=debian
            VERSION_ID="12"
            VERSION_CODENAME=bookworm
            ID_LIKE='rhel fedora'
            # a comment
            """;

        var release = OsReleaseParser.Parse(text)!;

        Assert.Equal("debian", release.Id);
        Assert.Equal("12", release.VersionId);
        Assert.Equal("bookworm", release.VersionCodename);
        Assert.Equal("Debian GNU/Linux 12 (bookworm)", release.PrettyName);
        Assert.Equal(["rhel", "fedora"], release.IdLike);
    }

    [Fact]
    public void Os_release_without_id_gives_nothing()
    {
        Assert.Null(OsReleaseParser.Parse("NAME=Something\n"));
    }

    [Theory]
    [InlineData("usr/lib/node_modules/npm/package.json", true)]
    [InlineData("app/node_modules/@babel/core/package.json", true)]
    [InlineData("app/node_modules/a/node_modules/b/package.json", true)]
    [InlineData("node_modules/rxjs/ajax/package.json", false)]
    [InlineData("app/package.json", false)]
    [InlineData("app/my_node_modules/x/package.json", false)]
    public void Npm_manifests_are_package_roots_only(string path, bool expected)
    {
        Assert.Equal(expected, MetadataPaths.IsNpmManifest(path));
    }

    [Theory]
    [InlineData("usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA", true)]
    [InlineData("usr/lib/python3.11/site-packages/foo.egg-info/PKG-INFO", true)]
    [InlineData("usr/lib/python3.11/site-packages/bar-1.0.egg-info", true)]
    [InlineData("usr/lib/python3.11/site-packages/six-1.16.0.dist-info/RECORD", false)]
    [InlineData("METADATA", false)]
    public void Python_metadata_paths_are_recognised(string path, bool expected)
    {
        Assert.Equal(expected, MetadataPaths.IsPythonMetadata(path));
    }

    [Theory]
    [InlineData("RUN /bin/sh -c apt-get update # buildkit", "RUN /bin/sh -c apt-get update")]
    [InlineData("/bin/sh -c #(nop)  CMD [\"bash\"]", "CMD [\"bash\"]")]
    [InlineData("/bin/sh -c apt-get update", "RUN apt-get update")]
    [InlineData("|1 V=2 /bin/sh -c make", "RUN make")]
    [InlineData("COPY . /app # buildkit", "COPY . /app")]
    public void History_commands_read_as_instructions(string createdBy, string expected)
    {
        Assert.Equal(expected, HistoryText.Instruction(createdBy));
    }
}

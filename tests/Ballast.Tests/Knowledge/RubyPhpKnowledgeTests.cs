using Ballast.Knowledge;

namespace Ballast.Tests.Knowledge;

/// <summary>The knowledge the Ruby and PHP recipes rest on: their images' variants, releases
/// and runtime twins, and the runtime libraries their extensions' headers stand for.</summary>
public sealed class RubyPhpKnowledgeTests
{
    private static readonly BaseImageCatalog Images = BaseImageCatalog.Default;

    private static readonly PackageFacts Packages = PackageFacts.Default;

    [Theory]
    [InlineData("3.3-bookworm", "3.3-slim-bookworm")]
    [InlineData("3.4-trixie", "3.4-slim-trixie")]
    [InlineData("3.3-slim-bookworm", "3.3-slim-bookworm")]
    [InlineData("3.3-alpine3.20", "3.3-alpine3.20")]
    public void A_ruby_tag_has_a_twin_of_the_same_release(string tag, string twin)
    {
        var facts = Images.Describe("ruby", tag)!;

        Assert.Equal(twin, Images.SlimTwin(facts));
    }

    [Fact]
    public void The_full_ruby_image_has_an_estimated_size_above_the_slim_one()
    {
        var full = Images.Describe("ruby", "3.3-bookworm")!.EstimatedCompressedBytes;
        var slim = Images.Describe("ruby", "3.3-slim-bookworm")!.EstimatedCompressedBytes;

        Assert.NotNull(full);
        Assert.True(full > slim);
    }

    [Theory]
    [InlineData("8.3-fpm-bookworm", "bookworm")]
    [InlineData("8.2-cli-trixie", "trixie")]
    [InlineData("8.3-apache-bullseye", "bullseye")]
    public void A_php_tag_names_its_release_and_keeps_its_compilers(string tag, string release)
    {
        var facts = Images.Describe("php", tag)!;

        Assert.Equal("php", facts.Family);
        Assert.Equal(release, facts.Release);
        Assert.True(facts.ShipsBuildTools);
        Assert.Null(Images.SlimTwin(facts));
    }

    [Fact]
    public void A_php_alpine_tag_carries_no_compilers()
    {
        var facts = Images.Describe("php", "8.3-fpm-alpine3.20")!;

        Assert.Equal(Variant.Alpine, facts.Variant);
        Assert.False(facts.ShipsBuildTools);
    }

    [Theory]
    [InlineData("libpq-dev", "bookworm", "libpq5")]
    [InlineData("libxml2-dev", "bookworm", "libxml2")]
    [InlineData("libxslt1-dev", "bookworm", "libxslt1.1")]
    [InlineData("libyaml-dev", "trixie", "libyaml-0-2")]
    [InlineData("default-libmysqlclient-dev", "bookworm", "libmariadb3")]
    [InlineData("libpng-dev", "bookworm", "libpng16-16")]
    [InlineData("libpng-dev", "trixie", "libpng16-16t64")]
    [InlineData("libjpeg62-turbo-dev", "bookworm", "libjpeg62-turbo")]
    [InlineData("libfreetype-dev", "trixie", "libfreetype6")]
    [InlineData("libzip-dev", "bookworm", "libzip4")]
    [InlineData("libzip-dev", "trixie", "libzip5")]
    [InlineData("libicu-dev", "bookworm", "libicu72")]
    [InlineData("libonig-dev", "bullseye", "libonig5")]
    [InlineData("libsodium-dev", "bookworm", "libsodium23")]
    [InlineData("libmagickwand-dev", "bookworm", "libmagickwand-6.q16-6")]
    [InlineData("libffi-dev", "bullseye", "libffi7")]
    [InlineData("libssl-dev", "trixie", "libssl3t64")]
    [InlineData("libgmp-dev", "bookworm", "libgmp10")]
    [InlineData("libmysqlclient-dev", "noble", "libmysqlclient21")]
    [InlineData("postgresql-dev", "alpine3.20", "libpq")]
    [InlineData("libxpm-dev", "alpine3.20", "libxpm")]
    [InlineData("libavif-dev", "alpine3.20", "libavif")]
    public void An_extension_header_package_stands_for_its_runtime_library(
        string development, string release, string runtime)
    {
        var libraries = Packages.RuntimePackagesFor(development, release);

        Assert.Contains(runtime, libraries);
    }

    [Fact]
    public void A_tool_is_not_a_development_package_with_a_runtime_library()
    {
        Assert.Empty(Packages.RuntimePackagesFor("git", "bookworm"));
    }
}

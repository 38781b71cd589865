using Ballast.Knowledge;

namespace Ballast.Tests.Knowledge;

/// <summary>What the catalogue knows of JDK images: the Java release in maven and gradle
/// tags, and the JRE that matches each.</summary>
public sealed class JavaImageTests
{
    private static readonly BaseImageCatalog Catalog = BaseImageCatalog.Default;

    private static BaseImageFacts Describe(string repository, string tag) =>
        Catalog.Describe(repository, tag)!;

    [Theory]
    [InlineData("maven", "3.9-eclipse-temurin-17-jammy", "eclipse-temurin:17-jre-jammy")]
    [InlineData("maven", "3.9.6-eclipse-temurin-21-alpine", "eclipse-temurin:21-jre-alpine")]
    [InlineData("maven", "3.9-eclipse-temurin-17", "eclipse-temurin:17-jre")]
    [InlineData("gradle", "8-jdk17", "eclipse-temurin:17-jre")]
    [InlineData("gradle", "8.7-jdk21-noble", "eclipse-temurin:21-jre-noble")]
    [InlineData("openjdk", "17", "eclipse-temurin:17-jre")]
    [InlineData("openjdk", "17-jdk-alpine", "eclipse-temurin:17-jre-alpine")]
    public void A_jdk_build_image_gets_the_temurin_jre_of_its_release(
        string repository, string tag, string expected)
    {
        var facts = Describe(repository, tag);

        var runtime = Catalog.RuntimeBase(facts);

        Assert.Equal(expected, runtime?.ToString());
    }

    [Theory]
    [InlineData("maven", "3.9")]
    [InlineData("maven", "3-amazoncorretto-17")]
    [InlineData("gradle", "8-jdk17-graal")]
    [InlineData("openjdk", "27-rc-jdk-trixie")]
    public void A_tag_without_a_temurin_jdk_release_gets_no_jre(string repository, string tag)
    {
        var facts = Describe(repository, tag);

        Assert.Null(Catalog.RuntimeBase(facts));
    }

    [Fact]
    public void Maven_images_ship_build_tools_and_follow_temurins_ubuntu_default()
    {
        var maven = Describe("maven", "3.9-eclipse-temurin-17");
        var temurin = Describe("eclipse-temurin", "17-jdk");

        Assert.True(maven.ShipsBuildTools);
        Assert.Equal(Distro.Ubuntu, maven.Distro);
        Assert.Equal(temurin.Release, maven.Release);
    }

    [Fact]
    public void The_java_release_is_read_from_each_familys_tag()
    {
        Assert.Equal("17", Catalog.JavaRelease(Describe("maven", "3-eclipse-temurin-17")));
        Assert.Equal("21", Catalog.JavaRelease(Describe("gradle", "jdk21")));
        Assert.Equal("11", Catalog.JavaRelease(Describe("eclipse-temurin", "11.0.22_7-jdk")));
        Assert.Null(Catalog.JavaRelease(Describe("gradle", "8")));
    }
}

using Ballast.Knowledge;
using Xunit;

namespace Ballast.Tests.Knowledge;

public sealed class SlimTwinTableTests
{
    private static readonly BaseImageCatalog Catalog = BaseImageCatalog.Default;

    private static BaseImageFacts Describe(string repository, string tag)
    {
        var facts = Catalog.Describe(repository, tag, null);
        Assert.NotNull(facts);
        return facts;
    }

    [Theory]
    [InlineData("python", "3.9.7", "3.9.7-slim")]
    [InlineData("python", "3.11.2", "3.11.2-slim")]
    [InlineData("python", "3.11", "3.11-slim")]
    [InlineData("python", "latest", "slim")]
    [InlineData("python", "3.12-bookworm", "3.12-slim-bookworm")]
    [InlineData("python", "3.9-bullseye", "3.9-slim-bullseye")]
    [InlineData("ruby", "2.7", "2.7-slim")]
    [InlineData("ruby", "3.2.2", "3.2.2-slim")]
    [InlineData("ruby", "3.3-trixie", "3.3-slim-trixie")]
    [InlineData("rust", "1.70", "1.70-slim")]
    [InlineData("rust", "1.78-bookworm", "1.78-slim-bookworm")]
    [InlineData("node", "18", "18-slim")]
    [InlineData("node", "14.21.3", "14.21.3-slim")]
    [InlineData("node", "20-bookworm", "20-bookworm-slim")]
    [InlineData("openjdk", "11", "11-slim")]
    public void A_full_tag_gets_a_slim_twin_that_names_a_release_only_if_it_did(
        string repository, string tag, string twin)
    {
        var facts = Describe(repository, tag);

        Assert.Equal(twin, Catalog.SlimTwin(facts));
    }

    [Theory]
    [InlineData("python", "3.9.7-slim", "3.9.7-slim")]
    [InlineData("node", "20-alpine", "20-alpine")]
    [InlineData("golang", "1.22", null)]
    [InlineData("php", "8.3-apache", null)]
    public void Slim_images_keep_their_tag_and_families_without_slim_get_none(
        string repository, string tag, string? twin)
    {
        var facts = Describe(repository, tag);

        Assert.Equal(twin, Catalog.SlimTwin(facts));
    }

    [Theory]
    [InlineData("rust", "1.70", "bullseye", true)]
    [InlineData("rust", "1.71", "bullseye", true)]
    [InlineData("rust", "1.72", "bookworm", true)]
    [InlineData("rust", "1.78", "bookworm", true)]
    [InlineData("rust", "1.78.0", "bookworm", true)]
    [InlineData("rust", "1.88.0", "bookworm", true)]
    [InlineData("rust", "1.89", "trixie", false)]
    [InlineData("golang", "1.23.4", "bookworm", true)]
    [InlineData("golang", "1.20.5", "bookworm", false)]
    [InlineData("python", "3.8.10", "bookworm", false)]
    public void A_version_out_of_support_is_estimated_on_the_release_of_its_lifetime(
        string repository, string tag, string release, bool certain)
    {
        var facts = Describe(repository, tag);

        Assert.Equal((release, certain), (facts.Release, facts.ReleaseIsCertain));
    }

    [Theory]
    [InlineData("1.70", "debian:bullseye-slim")]
    [InlineData("1.78", "debian:bookworm-slim")]
    [InlineData("1.78-bullseye", "debian:bullseye-slim")]
    public void Rust_versions_run_on_debian_slim_of_the_release_they_were_built_on(
        string tag, string runtime)
    {
        var facts = Describe("rust", tag);

        Assert.Equal(runtime, Catalog.RuntimeBase(facts)?.ToString());
    }

    [Fact]
    public void A_rust_version_the_catalogue_has_no_life_for_stays_uncertain()
    {
        var facts = Catalog.Describe("rust", "1.97", new DateOnly(2026, 7, 1));

        Assert.NotNull(facts);
        Assert.Equal(("trixie", false), (facts.Release, facts.ReleaseIsCertain));
    }
}

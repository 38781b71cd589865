using Ballast.Knowledge;
using Xunit;

namespace Ballast.Tests.Knowledge;

public sealed class BaseImageCatalogTests
{
    private static readonly BaseImageCatalog Catalog = BaseImageCatalog.Default;

    private static BaseImageFacts Describe(string repository, string tag, DateOnly? asOf = null)
    {
        var facts = Catalog.Describe(repository, tag, asOf);
        Assert.NotNull(facts);
        return facts;
    }

    [Fact]
    public void Python_3_11_2_was_always_full_bullseye_with_a_plain_slim_twin()
    {
        var facts = Describe("python", "3.11.2");

        Assert.Equal(
            ("python", "3.11.2", Variant.Full),
            (facts.Family, facts.Version, facts.Variant));
        Assert.Equal((Distro.Debian, "bullseye"), (facts.Distro, facts.Release));
        Assert.True(facts.ReleaseIsCertain);
        Assert.True(facts.ShipsBuildTools);
        Assert.Equal("3.11.2-slim", Catalog.SlimTwin(facts));
    }

    [Fact]
    public void Python_3_11_2_is_bullseye_even_when_built_after_the_default_moved()
    {
        var facts = Describe("python", "3.11.2", new DateOnly(2025, 1, 1));

        Assert.Equal("bullseye", facts.Release);
    }

    [Fact]
    public void Python_slim_bookworm_is_a_certain_slim_release_without_compilers()
    {
        var facts = Describe("python", "3.12-slim-bookworm");

        Assert.Equal(
            ("3.12", Variant.Slim, "bookworm"),
            (facts.Version, facts.Variant, facts.Release));
        Assert.True(facts.ReleaseIsCertain);
        Assert.False(facts.ShipsBuildTools);
        Assert.Equal("3.12-slim-bookworm", Catalog.SlimTwin(facts));
        Assert.NotNull(facts.EstimatedCompressedBytes);
    }

    [Fact]
    public void A_moving_python_tag_keeps_following_its_default_in_its_slim_twin()
    {
        var facts = Describe("python", "3.11", new DateOnly(2024, 3, 1));

        Assert.Equal("bookworm", facts.Release);
        Assert.False(facts.ReleaseIsCertain);
        Assert.Equal("3.11-slim", Catalog.SlimTwin(facts));
    }

    [Fact]
    public void A_python_tag_that_crossed_a_default_switch_is_not_certain()
    {
        var before = Describe("python", "3.11.4", new DateOnly(2023, 6, 8));
        var after = Describe("python", "3.11.4", new DateOnly(2023, 7, 1));

        Assert.Equal(("bullseye", "bookworm"), (before.Release, after.Release));
        Assert.False(after.ReleaseIsCertain);
    }

    [Fact]
    public void Python_explicit_suite_keeps_the_suite_in_the_slim_twin()
    {
        var facts = Describe("python", "3.11.2-bullseye");

        Assert.Equal("3.11.2-slim-bullseye", Catalog.SlimTwin(facts));
    }

    [Fact]
    public void Node_18_12_was_bullseye()
    {
        var facts = Describe("node", "18.12");

        Assert.Equal((Distro.Debian, "bullseye"), (facts.Distro, facts.Release));
        Assert.True(facts.ReleaseIsCertain);
    }

    [Fact]
    public void Node_22_is_bookworm_from_a_moving_default()
    {
        var facts = Describe("node", "22");

        Assert.Equal(("bookworm", Variant.Full), (facts.Release, facts.Variant));
        Assert.False(facts.ReleaseIsCertain);
        Assert.Equal("22-slim", Catalog.SlimTwin(facts));
    }

    [Fact]
    public void Node_puts_the_suite_before_slim()
    {
        var facts = Describe("node", "20-bookworm");

        Assert.Equal("20-bookworm-slim", Catalog.SlimTwin(facts));
        Assert.Equal("node:20-bookworm-slim", Catalog.RuntimeBase(facts)!.ToString());
    }

    [Fact]
    public void Node_20_moved_from_bullseye_to_bookworm_on_2023_06_11()
    {
        var before = Describe("node", "20", new DateOnly(2023, 6, 10));
        var after = Describe("node", "20", new DateOnly(2023, 6, 11));

        Assert.Equal(("bullseye", "bookworm"), (before.Release, after.Release));
    }

    [Fact]
    public void Node_codename_aliases_resolve_through_their_major()
    {
        var facts = Describe("node", "iron", new DateOnly(2024, 1, 1));

        Assert.Equal("bookworm", facts.Release);
        Assert.Equal("iron-slim", Catalog.SlimTwin(facts));
    }

    [Fact]
    public void Golang_has_no_slim_twin_and_runs_on_distroless_static_of_its_release()
    {
        var facts = Describe("golang", "1.22", new DateOnly(2024, 6, 1));

        Assert.Equal(("bookworm", true), (facts.Release, facts.ShipsBuildTools));
        Assert.Null(Catalog.SlimTwin(facts));
        Assert.Equal(
            "gcr.io/distroless/static-debian12:latest",
            Catalog.RuntimeBase(facts)!.ToString());
        Assert.Equal(
            "gcr.io/distroless/base-debian12:latest",
            Catalog.RuntimeBase(facts, RuntimeNeed.DynamicGlibc)!.ToString());
    }

    [Fact]
    public void Golang_1_22_lived_entirely_on_bookworm()
    {
        var facts = Describe("golang", "1.22");

        Assert.Equal(("bookworm", true), (facts.Release, facts.ReleaseIsCertain));
    }

    [Fact]
    public void Golang_1_20_moved_to_bookworm_during_its_life_and_is_not_certain()
    {
        var facts = Describe("golang", "1.20");

        Assert.Equal(("bookworm", false), (facts.Release, facts.ReleaseIsCertain));
        Assert.Equal("bullseye", Describe("golang", "1.20", new DateOnly(2023, 5, 1)).Release);
    }

    [Fact]
    public void Golang_on_bullseye_falls_back_to_debian_slim()
    {
        var facts = Describe("golang", "1.20-bullseye");

        Assert.Equal("debian:bullseye-slim", Catalog.RuntimeBase(facts)!.ToString());
    }

    [Fact]
    public void Golang_alpine_has_no_compiler_and_runs_on_the_same_alpine()
    {
        var facts = Describe("golang", "1.22-alpine3.20");

        Assert.Equal(
            (Variant.Alpine, Distro.Alpine, "3.20"),
            (facts.Variant, facts.Distro, facts.Release));
        Assert.False(facts.ShipsBuildTools);
        Assert.Equal("alpine:3.20", Catalog.RuntimeBase(facts)!.ToString());
    }

    [Fact]
    public void Temurin_jdk_on_noble_runs_on_the_noble_jre()
    {
        var facts = Describe("eclipse-temurin", "21-jdk-noble");

        Assert.Equal(
            (Distro.Ubuntu, "noble", true),
            (facts.Distro, facts.Release, facts.ShipsBuildTools));
        Assert.Equal("eclipse-temurin:21-jre-noble", Catalog.RuntimeBase(facts)!.ToString());
    }

    [Fact]
    public void Temurin_spells_alpine_with_a_dash()
    {
        var facts = Describe("eclipse-temurin", "21-jdk-alpine-3.21");

        Assert.Equal(
            (Distro.Alpine, "3.21", true),
            (facts.Distro, facts.Release, facts.ReleaseIsCertain));
        Assert.Equal("eclipse-temurin:21-jre-alpine-3.21", Catalog.RuntimeBase(facts)!.ToString());
    }

    [Fact]
    public void Temurin_jre_ships_no_compiler()
    {
        var facts = Describe("eclipse-temurin", "21-jre-noble");

        Assert.Equal((Variant.Slim, false), (facts.Variant, facts.ShipsBuildTools));
    }

    [Fact]
    public void Dotnet_sdk_8_runs_on_aspnet_8_from_mcr()
    {
        var facts = Describe("mcr.microsoft.com/dotnet/sdk", "8.0");

        Assert.Equal(
            ("dotnet/sdk", "dotnet", "bookworm"),
            (facts.Repository, facts.Family, facts.Release));
        Assert.False(facts.ReleaseIsCertain);
        Assert.True(facts.ShipsBuildTools);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0", Catalog.RuntimeBase(facts)!.ToString());
    }

    [Theory]
    [InlineData(RuntimeNeed.Console, "mcr.microsoft.com/dotnet/runtime:10.0-noble")]
    [InlineData(RuntimeNeed.SelfContained, "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble")]
    public void Dotnet_sdk_picks_the_runtime_repository_by_need(RuntimeNeed need, string expected)
    {
        var facts = Describe("dotnet/sdk", "10.0-noble-aot");

        var runtime = Catalog.RuntimeBase(facts, need);

        Assert.Equal(expected, runtime!.ToString());
    }

    [Fact]
    public void Dotnet_10_defaults_to_ubuntu_noble()
    {
        var facts = Describe("dotnet/aspnet", "10.0");

        Assert.Equal(
            (Distro.Ubuntu, "noble", Variant.Slim),
            (facts.Distro, facts.Release, facts.Variant));
        Assert.False(facts.ShipsBuildTools);
    }

    [Fact]
    public void Dotnet_chiseled_is_its_own_variant()
    {
        var facts = Describe("mcr.microsoft.com/dotnet/aspnet", "8.0-jammy-chiseled");

        Assert.Equal((Variant.Chiseled, "jammy"), (facts.Variant, facts.Release));
    }

    [Theory]
    [InlineData("3.20", "3.20", true)]
    [InlineData("3.19.1", "3.19", true)]
    [InlineData("edge", "edge", false)]
    public void Alpine_tags_name_their_release(string tag, string release, bool certain)
    {
        var facts = Describe("alpine", tag);

        Assert.Equal((Distro.Alpine, Variant.Alpine), (facts.Distro, facts.Variant));
        Assert.Equal((release, certain), (facts.Release, facts.ReleaseIsCertain));
    }

    [Fact]
    public void Alpine_latest_floats_with_the_date()
    {
        var facts = Describe("alpine", "latest", new DateOnly(2024, 6, 1));

        Assert.Equal(("3.20", false), (facts.Release, facts.ReleaseIsCertain));
    }

    [Fact]
    public void Bare_alpine_suffix_resolves_to_the_newest_alpine_of_its_date_and_is_not_certain()
    {
        var facts = Describe("python", "3.12-alpine", new DateOnly(2025, 1, 10));

        Assert.Equal(
            (Variant.Alpine, "3.21", false),
            (facts.Variant, facts.Release, facts.ReleaseIsCertain));
        Assert.False(facts.ShipsBuildTools);
        Assert.True(facts.IsMusl);
    }

    [Theory]
    [InlineData("docker.io/library/python")]
    [InlineData("library/python")]
    [InlineData("index.docker.io/library/python")]
    [InlineData("PYTHON")]
    public void Docker_hub_spellings_of_a_repository_are_the_same_family(string repository)
    {
        var facts = Describe(repository, "3.12-slim-bookworm");

        Assert.Equal(("python", "python"), (facts.Repository, facts.Family));
    }

    [Theory]
    [InlineData("mycompany/python")]
    [InlineData("ghcr.io/acme/app")]
    [InlineData("")]
    public void Unknown_repositories_are_not_described(string repository)
    {
        var facts = Catalog.Describe(repository, "latest");

        Assert.Null(facts);
    }

    [Theory]
    [InlineData("12", "bookworm", Variant.Full)]
    [InlineData("bookworm-slim", "bookworm", Variant.Slim)]
    [InlineData("trixie-20260803-slim", "trixie", Variant.Slim)]
    [InlineData("11.9", "bullseye", Variant.Full)]
    public void Debian_tags_name_their_release(string tag, string release, Variant variant)
    {
        var facts = Describe("debian", tag);

        Assert.Equal(
            (release, variant, true),
            (facts.Release, facts.Variant, facts.ReleaseIsCertain));
    }

    [Fact]
    public void Debian_full_runs_on_its_slim_twin()
    {
        var facts = Describe("debian", "bookworm");

        Assert.Equal("debian:bookworm-slim", Catalog.RuntimeBase(facts)!.ToString());
    }

    [Fact]
    public void Ubuntu_version_tags_name_their_codename()
    {
        var facts = Describe("ubuntu", "22.04");

        Assert.Equal(
            (Distro.Ubuntu, "jammy", "22.04"),
            (facts.Distro, facts.Release, facts.Version));
        Assert.Null(Catalog.SlimTwin(facts));
    }

    [Fact]
    public void Distroless_repository_names_carry_the_debian_release()
    {
        var facts = Describe("gcr.io/distroless/static-debian12", "nonroot");

        Assert.Equal(
            (Variant.Distroless, Distro.Debian, "bookworm"),
            (facts.Variant, facts.Distro, facts.Release));
        Assert.False(facts.ShipsBuildTools);
    }

    [Fact]
    public void Php_debian_images_keep_their_compilers_and_have_no_slim_twin()
    {
        var facts = Describe("php", "8.3-fpm-bookworm");

        Assert.Equal(
            ("8.3", "bookworm", true),
            (facts.Version, facts.Release, facts.ShipsBuildTools));
        Assert.Null(Catalog.SlimTwin(facts));
        Assert.Null(Catalog.RuntimeBase(facts));
    }

    [Fact]
    public void Rust_runs_on_debian_slim_or_distroless_cc_of_the_same_release()
    {
        var facts = Describe("rust", "1-trixie");

        Assert.Equal("debian:trixie-slim", Catalog.RuntimeBase(facts)!.ToString());
        Assert.Equal(
            "gcr.io/distroless/cc-debian13:latest",
            Catalog.RuntimeBase(facts, RuntimeNeed.DynamicGlibc)!.ToString());
        Assert.Equal("1-slim-trixie", Catalog.SlimTwin(facts));
    }

    [Fact]
    public void Ruby_3_2_2_moved_to_bookworm_in_place_and_is_not_certain()
    {
        var facts = Describe("ruby", "3.2.2");

        Assert.Equal(("bookworm", false), (facts.Release, facts.ReleaseIsCertain));
        Assert.Equal("3.2.2-slim", Catalog.SlimTwin(facts));
    }

    [Fact]
    public void Windows_tags_are_other_and_have_no_slim_twin()
    {
        var facts = Describe("python", "3.12-windowsservercore-ltsc2022");

        Assert.Equal((Distro.Windows, Variant.Other), (facts.Distro, facts.Variant));
        Assert.Null(Catalog.SlimTwin(facts));
    }

    [Fact]
    public void Estimated_sizes_show_full_images_far_larger_than_slim()
    {
        var full = Describe("python", "3.11-bookworm").EstimatedCompressedBytes;
        var slim = Describe("python", "3.11-slim-bookworm").EstimatedCompressedBytes;

        Assert.Equal(379_000_000, full);
        Assert.Equal(47_800_000, slim);
    }

    [Fact]
    public void A_digest_after_the_tag_is_ignored()
    {
        var facts = Describe("python", "3.12-slim-bookworm@sha256:0123abcd");

        Assert.Equal(
            ("3.12-slim-bookworm", "3.12", "bookworm"),
            (facts.Tag, facts.Version, facts.Release));
    }

    [Fact]
    public void An_empty_tag_means_latest()
    {
        var facts = Describe("python", " ", new DateOnly(2026, 1, 1));

        Assert.Equal(("latest", "trixie"), (facts.Tag, facts.Release));
        Assert.Equal("slim", Catalog.SlimTwin(facts));
    }
}

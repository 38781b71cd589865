using Ballast.Model;
using Ballast.Rewrite.Restage;

namespace Ballast.Tests.Restage;

public sealed class MetaArgImageTests
{
    private static string Follow(string dockerfile, string runtime)
    {
        var model = DockerfileModel.Parse(dockerfile);
        return MetaArgImage.Follow(model, model.Stages[0], runtime);
    }

    [Theory]
    [InlineData("ARG PY=3.11\nFROM python:${PY}\n", "python:3.11-slim", "python:${PY}-slim")]
    [InlineData("ARG PY=3.11\nFROM python:$PY\n", "python:3.11-slim", "python:$PY-slim")]
    [InlineData("ARG V=20\nARG OS=bookworm\nFROM node:${V}-${OS}\n", "node:20-bookworm-slim",
        "node:${V}-${OS}-slim")]
    [InlineData("ARG BASE=ruby:3.3\nFROM ${BASE}\n", "ruby:3.3-slim", "${BASE}-slim")]
    [InlineData("ARG SUITE=bookworm\nFROM rust:1.78-${SUITE}\n", "debian:bookworm-slim",
        "debian:${SUITE}-slim")]
    [InlineData("ARG PY\nFROM python:${PY:-3.12}\n", "python:3.12-slim",
        "python:${PY:-3.12}-slim")]
    public void The_final_image_reads_the_arguments_the_builder_reads(
        string dockerfile, string runtime, string expected)
    {
        Assert.Equal(expected, Follow(dockerfile, runtime));
    }

    [Theory]
    [InlineData("FROM python:3.11\n", "python:3.11-slim")]
    [InlineData("ARG V=12\nFROM golang:1.22-bookworm\n",
        "gcr.io/distroless/static-debian12:latest")]
    [InlineData("ARG GO=1.22\nFROM golang:${GO}-bookworm\n",
        "gcr.io/distroless/static-debian12:latest")]
    [InlineData("ARG V=12\nFROM golang:${V}\n", "gcr.io/distroless/static-debian12:latest")]
    public void A_runtime_without_the_argument_values_is_left_as_it_is(
        string dockerfile, string runtime)
    {
        Assert.Equal(runtime, Follow(dockerfile, runtime));
    }

    [Fact]
    public void An_argument_the_runtime_does_not_carry_is_reported_as_frozen()
    {
        var model = DockerfileModel.Parse("ARG RUST_VERSION=1.78\nFROM rust:${RUST_VERSION}\n");

        var frozen = MetaArgImage.Unfollowed(model, model.Stages[0],
            "gcr.io/distroless/cc-debian12:latest");

        Assert.Equal(["${RUST_VERSION}"], frozen);
    }

    [Theory]
    [InlineData("ARG SUITE=bookworm\nFROM rust:1.78-${SUITE}\n", true)]
    [InlineData("ARG RUST=1.78\nFROM rust:${RUST}-bookworm\n", false)]
    [InlineData("FROM rust:1.78-bookworm\n", false)]
    public void A_release_is_chosen_by_an_argument_only_when_an_argument_gives_its_word(
        string dockerfile, bool expected)
    {
        var model = DockerfileModel.Parse(dockerfile);

        Assert.Equal(expected, MetaArgImage.ChoosesRelease(model, model.Stages[0], "bookworm"));
    }
}

namespace Ballast.Tests.Rules;

public sealed class FullBaseImageRuleTests
{
    private const string Id = "BL101";

    [Fact]
    public void Full_python_bookworm_image_is_reported_at_the_image_word()
    {
        var text = """
            FROM python:3.12-bookworm
            CMD ["python"]
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Equal(Id, finding.RuleId);
        RuleRun.At(finding, 1, 6);
        Assert.Contains("python:3.12-bookworm is the full image", finding.Message);
        Assert.Contains("python:3.12-slim-bookworm", finding.Message);
    }

    [Fact]
    public void Message_names_the_release_of_the_full_image()
    {
        var text = "FROM python:3.12-bookworm\n";

        var finding = RuleRun.Single(Id, text);

        Assert.Contains("(bookworm, with compilers and headers)", finding.Message);
    }

    [Theory]
    [InlineData("python:3.9.7", "python:3.9.7-slim is the same release")]
    [InlineData("ruby:2.7", "ruby:2.7-slim is the same release")]
    [InlineData("rust:1.70", "rust:1.70-slim is the same release")]
    [InlineData("node:18", "node:18-slim is the same release")]
    public void A_tag_without_a_suite_is_pointed_at_its_slim_tag_without_a_suite(
        string image, string expected)
    {
        var finding = RuleRun.Single(Id, $"FROM {image}\n");

        Assert.Contains(expected, finding.Message);
        Assert.DoesNotContain("trixie", finding.Message);
    }

    [Fact]
    public void An_estimated_release_is_not_named_as_the_image_release()
    {
        var finding = RuleRun.Single(Id, "FROM python:3.9.7\n");

        Assert.Contains("(with compilers and headers)", finding.Message);
    }

    [Fact]
    public void Full_base_reached_through_a_stage_is_reported_at_that_stage()
    {
        var text = """
            FROM node:20-bookworm AS base
            WORKDIR /app

            FROM base
            CMD ["node", "server.js"]
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 1, 6);
        Assert.Contains("node:20-bookworm-slim", finding.Message);
    }

    [Fact]
    public void Slim_variant_is_not_reported()
    {
        var text = "FROM python:3.12-slim-bookworm\n";

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Alpine_variant_is_not_reported()
    {
        var text = "FROM python:3.12-alpine\n";

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Unknown_image_is_not_reported()
    {
        var text = "FROM registry.example.com/team/python-base:3.12\n";

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Full_image_in_a_builder_stage_is_not_reported()
    {
        var text = """
            FROM python:3.12-bookworm AS builder
            RUN pip wheel --wheel-dir /wheels flask

            FROM python:3.12-slim-bookworm
            COPY --from=builder /wheels /wheels
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Image_without_a_slim_variant_is_not_reported()
    {
        var text = "FROM golang:1.22-bookworm\n";

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Scratch_final_stage_is_not_reported()
    {
        var text = """
            FROM golang:1.22-bookworm AS build
            RUN go build -o /app .

            FROM scratch
            COPY --from=build /app /app
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Slim_final_stage_named_through_a_build_argument_is_not_reported()
    {
        var text = """
            ARG VARIANT=slim-bookworm
            FROM python:3.12-${VARIANT}
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Full_final_stage_named_through_a_build_argument_is_reported()
    {
        var text = """
            ARG PYTHON_VERSION=3.12
            FROM python:${PYTHON_VERSION}-bookworm
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 6);
        Assert.Contains("slim-bookworm", finding.Message);
    }

    [Fact]
    public void Fix_leaves_the_base_image_alone()
    {
        var text = "FROM python:3.12-bookworm\n";

        var finding = RuleRun.Single(Id, text);

        Assert.False(finding.Fixable);
    }
}

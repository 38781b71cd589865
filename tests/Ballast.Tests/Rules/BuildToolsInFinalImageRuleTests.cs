namespace Ballast.Tests.Rules;

public sealed class BuildToolsInFinalImageRuleTests
{
    private const string Id = "BL102";

    [Fact]
    public void Full_base_image_ships_its_compilers()
    {
        var text = "FROM python:3.12-bookworm\n";

        var finding = RuleRun.Single(Id, text);

        Assert.Equal(Id, finding.RuleId);
        RuleRun.At(finding, 1, 6);
        Assert.Contains("This single-stage build", finding.Message);
        Assert.Contains("compilers and headers from the base image python:3.12-bookworm",
            finding.Message);
    }

    [Fact]
    public void Compiler_installed_on_a_slim_base_is_named()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 1, 6);
        Assert.Contains("gcc; libpq-dev", finding.Message);
        Assert.Contains("--multi-stage", finding.Message);
    }

    [Fact]
    public void Packaging_tool_installed_with_pip_is_named()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN pip install --no-cache-dir poetry
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Contains("poetry (installed with pip)", finding.Message);
    }

    [Fact]
    public void Final_stage_of_a_multi_stage_build_is_reported_at_its_own_from()
    {
        var text = """
            FROM alpine:3.20 AS fetch
            RUN echo fetched

            FROM alpine:3.20
            RUN apk add --no-cache build-base
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 4, 6);
        Assert.Contains("The final stage", finding.Message);
        Assert.Contains("build-base", finding.Message);
        Assert.DoesNotContain("--multi-stage", finding.Message);
        Assert.Contains("Build in an earlier stage", finding.Message);
    }

    [Fact]
    public void Slim_base_with_runtime_packages_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN apt-get update && apt-get install -y --no-install-recommends libpq5 curl
            RUN pip install --no-cache-dir flask gunicorn
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Tooling_kept_in_a_builder_stage_is_not_reported()
    {
        var text = """
            FROM python:3.12-bookworm AS builder
            RUN apt-get update && apt-get install -y gcc libpq-dev
            RUN pip install poetry

            FROM python:3.12-slim-bookworm
            COPY --from=builder /opt/venv /opt/venv
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Alpine_base_with_certificates_only_is_not_reported()
    {
        var text = """
            FROM alpine:3.20
            RUN apk add --no-cache ca-certificates tzdata
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Compiler_removed_in_the_same_run_does_not_ship()
    {
        var text = """
            FROM python:3.12-alpine
            RUN apk add --no-cache --virtual .build-deps gcc musl-dev \
             && pip install --no-cache-dir cffi \
             && apk del .build-deps
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Compiler_removed_in_a_later_run_still_ships()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y gcc
            RUN apt-get purge -y gcc
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Contains("gcc", finding.Message);
    }

    [Fact]
    public void Removing_a_compiler_is_not_installing_one()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get purge -y gcc
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Unreachable_stage_with_a_compiler_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim AS unused
            RUN apt-get update && apt-get install -y gcc

            FROM debian:bookworm-slim
            CMD ["true"]
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }
}

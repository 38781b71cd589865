namespace Ballast.Tests.Rules;

public sealed class DevelopmentPackageRuleTests
{
    private const string Id = "BL103";

    [Fact]
    public void Dev_package_in_a_single_stage_build_is_reported_at_the_package_word()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN apt-get update && apt-get install -y libpq-dev
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Equal(Id, finding.RuleId);
        RuleRun.At(finding, 2, 42);
        Assert.Contains("libpq-dev is a development package", finding.Message);
        Assert.Contains("only libpq5 is needed", finding.Message);
    }

    [Fact]
    public void Dev_package_with_a_known_closure_carries_a_labelled_size_estimate()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y libpq-dev
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Matches(@"\(estimate: about \d+ MB installed with what it pulls in\)",
            finding.Message);
    }

    [Fact]
    public void Dev_package_in_the_stage_the_final_stage_is_built_from_is_reported()
    {
        var text = """
            FROM debian:bookworm-slim AS base
            RUN apt-get update && apt-get install -y libssl-dev

            FROM base
            CMD ["app"]
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 42);
        Assert.Contains("libssl-dev", finding.Message);
        Assert.Contains("libssl3", finding.Message);
    }

    [Fact]
    public void Virtual_dev_package_names_its_runtime_library()
    {
        var text = """
            FROM python:3.11-slim-bullseye
            RUN apt-get update && apt-get install -y \
                    libz-dev
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 3, 9);
        Assert.Contains("libz-dev", finding.Message);
        Assert.Contains("zlib1g", finding.Message);
    }

    [Fact]
    public void Each_dev_package_of_one_install_is_reported()
    {
        var text = """
            FROM alpine:3.20
            RUN apk add --no-cache postgresql-dev openssl-dev curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Equal(2, findings.Count);
        RuleRun.At(findings[0], 2, 24);
        RuleRun.At(findings[1], 2, 39);
    }

    [Fact]
    public void Devel_package_of_dnf_is_reported()
    {
        var text = """
            FROM fedora:40
            RUN dnf install -y openssl-devel
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Contains("openssl-devel", finding.Message);
    }

    [Fact]
    public void Dev_package_in_a_builder_stage_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm AS builder
            RUN apt-get update && apt-get install -y libpq-dev gcc
            RUN pip wheel --wheel-dir /wheels psycopg2

            FROM python:3.12-slim-bookworm
            COPY --from=builder /wheels /wheels
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Build_dependencies_deleted_as_a_virtual_group_in_the_same_run_are_not_reported()
    {
        var text = """
            FROM python:3.12-alpine
            RUN apk add --no-cache --virtual .build-deps gcc musl-dev postgresql-dev \
             && pip install --no-cache-dir psycopg2 \
             && apk del .build-deps
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Dev_package_purged_in_the_same_run_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
             && pip install --no-cache-dir psycopg2 \
             && apt-get purge -y --auto-remove gcc libpq-dev
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Dev_package_purged_in_a_later_run_is_still_in_the_earlier_layer()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y libpq-dev
            RUN apt-get purge -y libpq-dev
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 42);
    }

    [Fact]
    public void Dev_package_purged_only_on_failure_is_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y libpq-dev || apt-get purge -y libpq-dev
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 42);
    }

    [Fact]
    public void Deleting_another_virtual_group_keeps_the_dev_package()
    {
        var text = """
            FROM alpine:3.20
            RUN apk add --virtual .build-deps openssl-dev && apk del .other-deps
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 35);
    }

    [Fact]
    public void Runtime_library_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y libpq5 zlib1g
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Removing_a_dev_package_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get purge -y libpq-dev
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Python_package_with_a_dev_suffix_is_not_a_system_package()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN pip install --no-cache-dir pytest-dev
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Target_release_option_value_is_not_a_package()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y -t bookworm-backports-dev curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Dev_package_in_an_unreachable_stage_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim AS unused
            RUN apt-get update && apt-get install -y libpq-dev

            FROM debian:bookworm-slim
            CMD ["true"]
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }
}

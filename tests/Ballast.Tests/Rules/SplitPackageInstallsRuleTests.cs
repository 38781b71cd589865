namespace Ballast.Tests.Rules;

public sealed class SplitPackageInstallsRuleTests
{
    private const string Id = "BL104";

    [Fact]
    public void Update_in_three_layers_is_reported_at_each_layer()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl
            RUN apt-get update && apt-get install -y git
            RUN apt-get update && apt-get install -y jq
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Equal(3, findings.Count);
        Assert.All(findings, finding => Assert.Equal(Id, finding.RuleId));
        RuleRun.At(findings[0], 2, 5);
        RuleRun.At(findings[1], 3, 5);
        RuleRun.At(findings[2], 4, 5);
        Assert.All(findings, finding =>
            Assert.Contains("apt-get updates its index in 3 RUN layers", finding.Message));
        Assert.All(findings, finding => Assert.Contains("(lines 2, 3, 4)", finding.Message));
    }

    [Fact]
    public void Installs_after_a_single_update_are_reported_instead()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update
            RUN apt-get install -y curl
            RUN apt-get install -y git
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Equal(2, findings.Count);
        RuleRun.At(findings[0], 3, 5);
        RuleRun.At(findings[1], 4, 5);
        Assert.All(findings, finding => Assert.Contains("apt-get installs in 2", finding.Message));
    }

    [Fact]
    public void Update_alone_in_its_layer_is_reported_with_the_install_after_it()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update
            RUN apt-get install -y curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Equal(2, findings.Count);
        RuleRun.At(findings[0], 2, 5);
        RuleRun.At(findings[1], 3, 5);
        Assert.All(findings, finding =>
            Assert.Contains("apt-get updates and installs in 2 RUN layers", finding.Message));
    }

    [Fact]
    public void Apk_adds_in_two_layers_are_reported()
    {
        var text = """
            FROM alpine:3.20
            RUN apk add --no-cache curl
            RUN apk add --no-cache git
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Equal(2, findings.Count);
        Assert.Contains("apk installs in 2 RUN layers", findings[0].Message);
    }

    [Fact]
    public void Split_installs_in_a_builder_stage_are_reported()
    {
        var text = """
            FROM debian:bookworm-slim AS build
            RUN apt-get update && apt-get install -y gcc
            RUN apt-get update && apt-get install -y make

            FROM debian:bookworm-slim
            COPY --from=build /usr/local/bin/app /usr/local/bin/app
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Equal(2, findings.Count);
        RuleRun.At(findings[0], 2, 5);
    }

    [Fact]
    public void One_run_installing_everything_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update \
             && apt-get install -y curl git \
             && apt-get install -y jq
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Two_stages_with_one_run_each_are_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim AS build
            RUN apt-get update && apt-get install -y gcc

            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl
            COPY --from=build /etc/hostname /tmp/hostname
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Different_package_managers_are_not_counted_together()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN apt-get update && apt-get install -y libpq5
            RUN pip install --no-cache-dir psycopg2-binary
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Removal_in_a_later_layer_is_not_an_install()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl
            RUN apt-get purge -y curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Unreachable_stage_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim AS unused
            RUN apt-get update && apt-get install -y curl
            RUN apt-get update && apt-get install -y git

            FROM debian:bookworm-slim
            CMD ["true"]
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }
}

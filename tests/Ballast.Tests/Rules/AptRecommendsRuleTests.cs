namespace Ballast.Tests.Rules;

public sealed class AptRecommendsRuleTests
{
    private const string Id = "BL106";

    [Fact]
    public void Install_without_the_option_is_reported_at_the_command()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Equal(Id, finding.RuleId);
        RuleRun.At(finding, 2, 23);
        Assert.Contains("apt-get install without --no-install-recommends", finding.Message);
        Assert.Contains("recommended package", finding.Message);
    }

    [Fact]
    public void Apt_front_end_is_reported_under_its_own_name()
    {
        var text = """
            FROM ubuntu:24.04
            RUN apt install -y curl
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 5);
        Assert.StartsWith("apt install without", finding.Message);
    }

    [Fact]
    public void Recommends_switched_on_explicitly_is_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y -o APT::Install-Recommends=true curl
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 5);
    }

    [Fact]
    public void Each_install_of_a_run_is_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y curl \
             && apt-get install -y --no-install-recommends git \
             && apt-get install -y jq
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Equal(2, findings.Count);
        RuleRun.At(findings[0], 2, 5);
        RuleRun.At(findings[1], 4, 5);
    }

    [Fact]
    public void Install_with_the_option_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y --no-install-recommends curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Option_after_the_packages_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y curl --no-install-recommends
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Apt_configuration_option_switching_recommends_off_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y -o APT::Install-Recommends=false curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Apt_configuration_option_with_zero_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y -o APT::Install-Recommends=0 curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Apt_configuration_option_with_no_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y -o APT::Install-Recommends=no curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Apt_configuration_option_attached_to_the_flag_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y -oAPT::Install-Recommends=false curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Other_apt_configuration_options_do_not_count()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y -o APT::Install-Suggests=false curl
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 5);
    }

    [Fact]
    public void Update_and_removal_are_not_installs()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get purge -y curl && apt-get autoremove -y
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Builder_stage_that_does_not_ship_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim AS build
            RUN apt-get install -y gcc

            FROM debian:bookworm-slim
            COPY --from=build /etc/hostname /tmp/hostname
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Fix_inserts_the_option_after_the_subcommand()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
            """;

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("apt-get install --no-install-recommends -y curl", fixedText);
    }

    [Fact]
    public void Fix_inserts_into_every_install_of_a_continued_run()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update \
             && apt-get install -y \
                    curl \
                    git \
             && apt-get install -y jq
            """;

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains(" && apt-get install --no-install-recommends -y \\\n", fixedText);
        Assert.Contains(" && apt-get install --no-install-recommends -y jq", fixedText);
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        var text = "FROM debian:bookworm-slim\r\n"
            + "RUN apt-get update \\\r\n"
            + " && apt-get install -y curl\r\n";

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("install --no-install-recommends -y curl\r\n", fixedText);
        Assert.DoesNotContain("\n", fixedText.Replace("\r\n", ""));
    }

    [Fact]
    public void Fix_inserts_inside_a_sh_c_argument_that_maps_character_by_character()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN sh -c "apt-get install -y curl"
            """;

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("sh -c \"apt-get install --no-install-recommends -y curl\"", fixedText);
    }

    [Fact]
    public void Sh_c_argument_changed_by_escapes_gets_no_fix()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN sh -c "apt-get install -y \"curl\""
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 11);
        Assert.False(finding.Fixable);
    }
}

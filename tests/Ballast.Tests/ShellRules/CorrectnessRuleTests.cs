using static Ballast.Tests.ShellRules.ShellRuleRun;

namespace Ballast.Tests.ShellRules;

public sealed class CorrectnessRuleTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n")]
    [InlineData("FROM debian:12\nRUN apt-get dist-upgrade -y\n")]
    [InlineData("FROM alpine:3.20\nRUN apk upgrade --no-cache\n")]
    [InlineData("FROM fedora:40\nRUN dnf upgrade -y\n")]
    public void Whole_distribution_upgrade_is_reported(string file)
    {
        Assert.Single(Findings("BL431", file));
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y --only-upgrade openssl\n")]
    [InlineData("FROM alpine:3.20\nRUN apk upgrade --no-cache openssl\n")]
    [InlineData("FROM python:3.12\nRUN pip install --no-cache-dir --upgrade pip==24.0\n")]
    [InlineData("FROM debian:12\nRUN apt-get update\n")]
    public void Upgrades_of_named_packages_are_not_reported(string file)
    {
        Assert.Empty(Findings("BL431", file));
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get remove perl\n")]
    [InlineData("FROM fedora:40\nRUN dnf install gcc\n")]
    [InlineData("FROM opensuse/leap:15.6\nRUN zypper install gcc\n")]
    public void Install_without_yes_is_reported(string file)
    {
        Assert.Single(Findings("BL432", file));
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get -qy install curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get update\n")]
    [InlineData("FROM debian:12\nRUN yes | apt-get install curl\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache curl\n")]
    [InlineData("FROM fedora:40\nRUN dnf --assumeyes install gcc\n")]
    public void Install_that_cannot_prompt_is_not_reported(string file)
    {
        Assert.Empty(Findings("BL432", file));
    }

    [Fact]
    public void Missing_yes_is_inserted_after_the_subcommand()
    {
        AssertFixed("BL432",
            "FROM debian:12\nRUN apt-get update && apt-get install \\\n    curl\n",
            "FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    curl\n");
    }

    [Fact]
    public void Pipe_in_a_bash_shell_without_pipefail_is_a_warning()
    {
        var file = "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n"
            + "RUN curl -fsSL https://x/a.tgz | tar xz\n";

        var finding = Assert.Single(Findings("BL433", file));

        Assert.Equal(Ballast.Rules.Severity.Warning, finding.Severity);
        Assert.Equal(3, finding.Location.Start.Line);
    }

    [Fact]
    public void Pipe_in_the_default_sh_is_only_a_note()
    {
        var finding = Assert.Single(Findings("BL433",
            "FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar xz\n"));

        Assert.Equal(Ballast.Rules.Severity.Info, finding.Severity);
        Assert.Contains("SHELL", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
        + "RUN curl -fsSL https://x | tar xz\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n"
        + "RUN set -o pipefail && curl -fsSL https://x | tar xz\n")]
    [InlineData("FROM debian:12\nSHELL [\"/bin/bash\", \"-euxo\", \"pipefail\", \"-c\"]\n"
        + "RUN a | b\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSLo /tmp/a.tgz https://x && tar xzf /tmp/a.tgz\n")]
    [InlineData("FROM debian:12\nRUN echo 'a | b'\n")]
    public void Runs_with_pipefail_or_without_pipes_are_not_reported(string file)
    {
        Assert.Empty(Findings("BL433", file));
    }

    [Theory]
    [InlineData("FROM python:3.12\nRUN pip install --no-cache-dir requests\n", "requests")]
    [InlineData("FROM python:3.12\nRUN pip install --no-cache-dir 'flask>=3'\n", "flask")]
    [InlineData("FROM node:22\nRUN npm install -g typescript\n", "typescript")]
    [InlineData("FROM node:22\nRUN npm install left-pad@^1.3.0\n", "left-pad")]
    [InlineData("FROM ruby:3.3\nRUN gem install bundler\n", "bundler")]
    public void Language_package_without_exact_version_is_reported(string file, string name)
    {
        var finding = Assert.Single(Findings("BL434", file));

        Assert.Contains(name, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM python:3.12\nRUN pip install --no-cache-dir requests\n", "BL434",
        "requests==VERSION")]
    [InlineData("FROM node:22\nRUN npm install -g typescript\n", "BL434", "typescript@VERSION")]
    [InlineData("FROM ruby:3.3\nRUN gem install bundler\n", "BL434", "bundler:VERSION")]
    [InlineData("FROM debian:12\nRUN apt-get install -y jq\n", "BL435", "(jq=VERSION)")]
    [InlineData("FROM fedora:40\nRUN dnf install -y jq\n", "BL435", "(jq-VERSION)")]
    public void Pin_advice_uses_the_syntax_of_the_command_that_installs(
        string file, string rule, string advice)
    {
        var finding = Assert.Single(Findings(rule, file));

        Assert.Contains(advice, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n")]
    [InlineData("FROM python:3.12\nRUN pip install --no-cache-dir requests==2.32.3 "
        + "./dist/app.whl\n")]
    [InlineData("FROM node:22\nRUN npm ci\n")]
    [InlineData("FROM node:22\nRUN npm install --registry https://mirror.example left-pad@1.3.0\n")]
    [InlineData("FROM ruby:3.3\nRUN gem install rails:7.1.3\n")]
    [InlineData("FROM ruby:3.3\nRUN gem install \"rails:$RAILS_VERSION\"\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n")]
    public void Pinned_manifest_or_system_installs_are_not_language_findings(string file)
    {
        Assert.Empty(Findings("BL434", file));
    }

    [Fact]
    public void System_package_without_version_is_an_info_finding()
    {
        var finding = Assert.Single(Findings("BL435",
            "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=8.5.0-2 jq\n"));

        Assert.Equal(Ballast.Rules.Severity.Info, finding.Severity);
        Assert.StartsWith("unpinned: jq;", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl=8.5.0-2\n")]
    [InlineData("FROM alpine:3.20\nRUN apk add --no-cache curl=8.5.0-r0\n")]
    [InlineData("FROM python:3.12\nRUN pip install --no-cache-dir requests\n")]
    public void Pinned_system_packages_and_language_packages_are_not_system_findings(string file)
    {
        Assert.Empty(Findings("BL435", file));
    }
}

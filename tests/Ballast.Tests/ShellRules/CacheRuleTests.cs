using static Ballast.Tests.ShellRules.ShellRuleRun;

namespace Ballast.Tests.ShellRules;

public sealed class CacheRuleTests
{
    [Theory]
    [InlineData("BL108", "FROM alpine:3.20\nRUN apk add curl\n")]
    [InlineData("BL108", "FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n")]
    [InlineData("BL109", "FROM fedora:40\nRUN dnf install -y gcc\n")]
    [InlineData("BL109", "FROM centos:7\nRUN yum clean all && yum install -y gcc\n")]
    [InlineData("BL109", "FROM fedora:40\nRUN dnf install -y gcc && rm -rf /tmp/x\n")]
    [InlineData("BL110", "FROM opensuse/leap:15.6\nRUN zypper install -y gcc\n")]
    [InlineData("BL111", "FROM node:22\nRUN npm install -g typescript@5.4.5\n")]
    [InlineData("BL111", "FROM node:22\nRUN yarn install --frozen-lockfile\n")]
    [InlineData("BL112", "FROM ruby:3.3\nRUN gem install rails:7.1.3\n")]
    [InlineData("BL113", "FROM php:8.3\nRUN composer install --no-dev\n")]
    [InlineData("BL114", "FROM golang:1.22\nRUN go build -o /app ./cmd/app\n")]
    public void Cache_written_and_not_cleaned_in_the_same_run_is_reported(string id, string file)
    {
        var findings = Findings(id, file);

        Assert.NotEmpty(findings);
        Assert.All(findings, finding => Assert.Equal(id, finding.RuleId));
    }

    [Theory]
    [InlineData("BL108", "FROM alpine:3.20\nRUN apk add --no-cache curl\n")]
    [InlineData("BL108", "FROM alpine:3.20\nRUN apk add curl && rm -rf /var/cache/apk/*\n")]
    [InlineData("BL108", "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk "
        + "add curl\n")]
    [InlineData("BL109", "FROM fedora:40\nRUN dnf install -y gcc && dnf clean all\n")]
    [InlineData("BL110", "FROM opensuse/leap:15.6\nRUN zypper install -y gcc && zypper clean -a\n")]
    [InlineData("BL111", "FROM node:22\nRUN npm ci && npm cache clean --force\n")]
    [InlineData("BL111", "FROM node:22\nRUN yarn install && yarn cache clean\n")]
    [InlineData("BL112", "FROM ruby:3.3\nRUN gem install rails:7.1.3 && rm -rf "
        + "/usr/local/bundle/cache\n")]
    [InlineData("BL113", "FROM php:8.3\nRUN composer install --no-cache\n")]
    [InlineData("BL114", "FROM golang:1.22\nRUN go build -o /app . && go clean -cache -modcache\n")]
    [InlineData("BL114", "FROM golang:1.22 AS build\nRUN go build -o /app .\n"
        + "FROM scratch\nCOPY --from=build /app /app\n")]
    public void Cleaned_mounted_or_builder_only_caches_are_not_reported(string id, string file)
    {
        var findings = Findings(id, file);

        Assert.Empty(findings);
    }

    [Fact]
    public void Apk_add_gets_no_cache_as_its_fix()
    {
        AssertFixed("BL108",
            "FROM alpine:3.20\nRUN apk add curl \\\n    jq\n",
            "FROM alpine:3.20\nRUN apk add --no-cache curl \\\n    jq\n");
    }

    [Fact]
    public void Apk_update_gets_the_cleanup_appended_as_its_fix()
    {
        AssertFixed("BL108",
            "FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n",
            "FROM alpine:3.20\nRUN apk update && apk add --no-cache curl && rm -rf "
                + "/var/cache/apk/*\n");
    }

    [Theory]
    [InlineData("BL109", "FROM fedora:40\nRUN dnf install -y gcc\n",
        "FROM fedora:40\nRUN dnf install -y gcc && dnf clean all\n")]
    [InlineData("BL110", "FROM opensuse/leap:15.6\nRUN zypper in -y gcc\n",
        "FROM opensuse/leap:15.6\nRUN zypper in -y gcc && zypper clean -a\n")]
    [InlineData("BL111", "FROM node:22\nRUN npm ci\nCMD [\"node\"]\n",
        "FROM node:22\nRUN npm ci && npm cache clean --force\nCMD [\"node\"]\n")]
    [InlineData("BL112", "FROM ruby:3.3\nRUN gem install rails:7.1.3\n",
        "FROM ruby:3.3\nRUN gem install rails:7.1.3 && rm -rf /usr/local/bundle/cache\n")]
    [InlineData("BL113", "FROM php:8.3\nRUN composer install\n",
        "FROM php:8.3\nRUN composer install && composer clear-cache\n")]
    public void Cleanup_is_appended_to_the_same_run(string id, string original, string expected)
    {
        AssertFixed(id, original, expected);
    }

    [Fact]
    public void Go_build_gets_both_cleanups_over_two_passes()
    {
        AssertFixed("BL114",
            "FROM golang:1.22\nRUN go build -o /app .\n",
            "FROM golang:1.22\nRUN go build -o /app . && go clean -cache && go clean -modcache\n");
    }

    [Fact]
    public void Script_ending_in_an_operator_gets_no_fix()
    {
        var findings = Findings("BL109", "FROM fedora:40\nRUN dnf install -y gcc &\n");

        Assert.Null(Assert.Single(findings).Fix);
    }
}

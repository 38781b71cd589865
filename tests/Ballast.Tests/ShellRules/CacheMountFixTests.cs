using Ballast.Rewrite;
using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Tests.ShellRules;

public sealed class CacheMountFixTests
{
    private static FixResult Fix(string text, bool cacheMounts) =>
        Fixer.Default.Fix(new SourceText(text), new FixOptions(CacheMounts: cacheMounts));

    [Fact]
    public void Cache_mounts_replace_the_appended_cleanup_when_asked()
    {
        var result = Fix("FROM node:22-slim\nRUN npm ci --omit=dev\n", cacheMounts: true);

        Assert.Equal(
            "FROM node:22-slim\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n",
            result.NewText);
        Assert.Contains(result.Changes, change => change.Change.Contains("cache mount",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Apt_lists_get_a_locked_mount_and_no_cleanup()
    {
        var original = "FROM debian:12-slim\n"
            + "RUN apt-get update && apt-get install -y --no-install-recommends curl\n";

        var result = Fix(original, cacheMounts: true);

        Assert.Equal("FROM debian:12-slim\n"
            + "RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update "
            + "&& apt-get install -y --no-install-recommends curl\n", result.NewText);
    }

    [Fact]
    public void A_second_fix_with_cache_mounts_changes_nothing()
    {
        var first = Fix("FROM alpine:3.20\nRUN apk add curl\n", cacheMounts: true).NewText;

        var second = Fix(first, cacheMounts: true);

        Assert.False(second.Changed);
        Assert.False(DockerfileParser.Parse(first).HasErrors);
    }

    [Fact]
    public void Without_the_option_the_cleanup_is_appended_instead()
    {
        var result = Fix("FROM node:22-slim\nRUN npm ci --omit=dev\n", cacheMounts: false);

        Assert.Equal("FROM node:22-slim\nRUN npm ci --omit=dev && npm cache clean --force\n",
            result.NewText);
    }

    [Fact]
    public void Runs_that_leave_no_cache_get_no_mount()
    {
        var original = "FROM alpine:3.20\nRUN apk add --no-cache curl\n";

        var result = Fix(original, cacheMounts: true);

        Assert.Equal(original, result.NewText);
    }
}

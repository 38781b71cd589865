using Ballast.Shell;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;
using Xunit;

namespace Ballast.Tests.Shell;

public sealed class CacheAnalysisTests
{
    [Fact]
    public void Apt_update_without_cleanup_leaves_the_lists()
    {
        IReadOnlyList<LeftCache> left = Find("apt-get update && apt-get install -y curl");

        LeftCache lists = Assert.Single(left);
        Assert.Equal("/var/lib/apt/lists", lists.Path);
        Assert.Equal("rm -rf /var/lib/apt/lists/*", lists.Cleanup);
        Assert.Equal("update", lists.CreatedBy.Arguments[0].Value);
    }

    [Fact]
    public void Removing_the_lists_afterwards_leaves_nothing()
    {
        IReadOnlyList<LeftCache> left = Find(
            "apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*");

        Assert.Empty(left);
    }

    [Fact]
    public void Apt_dist_clean_removes_the_lists()
    {
        Assert.Empty(Find("apt-get update && apt-get install -y curl && apt-get dist-clean"));
    }

    [Fact]
    public void Clean_before_install_cleans_nothing()
    {
        IReadOnlyList<LeftCache> left = Find(
            "rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl");

        Assert.Equal("/var/lib/apt/lists", Assert.Single(left).Path);
    }

    [Fact]
    public void Unrelated_rm_is_not_apt_cleanup()
    {
        IReadOnlyList<LeftCache> left = Find(
            "apt-get update && apt-get install -y curl && rm -rf /tmp/x /var/lib/apt/listsX");

        Assert.Single(left);
    }

    [Fact]
    public void Cleanup_that_runs_only_on_failure_does_not_count()
    {
        IReadOnlyList<LeftCache> left = Find(
            "apt-get update && apt-get install -y x || rm -rf /var/lib/apt/lists/*");

        Assert.Single(left);
    }

    [Fact]
    public void Cache_mounts_covering_the_path_leave_nothing()
    {
        ShellScript script = ShellParser.Parse(
            "rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update "
            + "&& apt-get install -y --no-install-recommends make=4.3-4.1build2");

        IReadOnlyList<LeftCache> left = CacheAnalysis.Find(
            script, ["/var/lib/apt", "/var/cache/apt/"]);

        Assert.Empty(left);
    }

    [Fact]
    public void Removing_docker_clean_keeps_apt_archives_in_the_layer()
    {
        IReadOnlyList<LeftCache> left = Find(
            "rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update "
            + "&& apt-get install -y make && rm -rf /var/lib/apt/lists/*");

        LeftCache archives = Assert.Single(left);
        Assert.Equal("/var/cache/apt/archives", archives.Path);
        Assert.Equal("apt-get clean", archives.Cleanup);
    }

    [Fact]
    public void Apk_without_no_cache_leaves_its_indexes()
    {
        Assert.Equal("/var/cache/apk", Assert.Single(Find("apk add curl")).Path);
        Assert.Empty(Find("apk add --no-cache curl"));
        Assert.Empty(Find("apk add curl && rm -rf /var/cache/apk/*"));
    }

    [Fact]
    public void Dnf_clean_all_after_install_leaves_nothing()
    {
        Assert.Empty(Find("dnf install -y git && dnf clean all"));
        Assert.Equal(PackageManager.Yum, Assert.Single(Find("yum install -y git")).Manager);
    }

    [Theory]
    [InlineData("pip install flask")]
    [InlineData("pip install flask && rm -rf /tmp/pip")]
    [InlineData("pip cache purge && pip install flask")]
    public void Pip_cache_is_left(string text)
    {
        Assert.Equal("/root/.cache/pip", Assert.Single(Find(text)).Path);
    }

    [Theory]
    [InlineData("pip install --no-cache-dir flask")]
    [InlineData("PIP_NO_CACHE_DIR=1 pip install flask")]
    [InlineData("export PIP_NO_CACHE_DIR=1 && pip install flask")]
    [InlineData("pip install flask && rm -rf ~/.cache/pip")]
    [InlineData("pip install flask && rm -rf $HOME/.cache")]
    [InlineData("pip install flask && pip cache purge")]
    public void Pip_cache_is_not_left(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Pip_environment_from_the_dockerfile_is_honoured()
    {
        ShellScript script = ShellParser.Parse("pip install flask");
        var settings = new CacheAnalysisSettings(
            Environment: new Dictionary<string, string> { ["PIP_NO_CACHE_DIR"] = "true" });

        Assert.Empty(CacheAnalysis.Find(script, [], settings));
    }

    [Fact]
    public void Pip_cache_mount_leaves_nothing()
    {
        ShellScript script = ShellParser.Parse("pip install -r requirements.txt");

        Assert.Empty(CacheAnalysis.Find(script, ["/root/.cache/pip"]));
        Assert.Empty(CacheAnalysis.Find(script, ["/root/.cache"]));
        Assert.Single(CacheAnalysis.Find(script, ["/root/.cache/pipx"]));
    }

    [Theory]
    [InlineData("npm ci", "/root/.npm", "npm cache clean --force")]
    [InlineData("yarn install", "/usr/local/share/.cache/yarn", "yarn cache clean")]
    [InlineData("gem install rails", "/usr/local/bundle/cache", "rm -rf /usr/local/bundle/cache")]
    [InlineData("composer install", "/root/.cache/composer", "composer clear-cache")]
    [InlineData("go mod download", "/go/pkg/mod", "go clean -modcache")]
    public void Language_caches_name_their_cleanup(string text, string path, string cleanup)
    {
        LeftCache cache = Find(text).First(left => left.Path == path);

        Assert.Equal(cleanup, cache.Cleanup);
    }

    [Fact]
    public void Npm_cache_clean_after_install_leaves_nothing()
    {
        Assert.Empty(Find("npm ci && npm cache clean --force"));
    }

    [Fact]
    public void Go_build_leaves_both_caches_until_cleaned()
    {
        Assert.Equal(2, Find("go build -o /app ./cmd/app").Count);
        Assert.Empty(Find("go build -o /app . && go clean -cache -modcache"));
    }

    [Fact]
    public void Update_inside_sh_c_is_followed()
    {
        IReadOnlyList<LeftCache> left = Find("sh -c 'apt-get update && apt-get install -y x'");

        Assert.True(Assert.Single(left).CreatedBy.IsWrapped);
    }

    [Fact]
    public void Scripts_without_package_managers_leave_nothing()
    {
        Assert.Empty(Find("echo hi && rm -rf /var/lib/apt/lists/*"));
    }

    private static IReadOnlyList<LeftCache> Find(string text) =>
        CacheAnalysis.Find(ShellParser.Parse(text), []);
}

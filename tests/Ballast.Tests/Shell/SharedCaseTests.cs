using Ballast.Shell;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;
using Xunit;

namespace Ballast.Tests.Shell;

/// <summary>
/// The RUN scripts of the team's shared cases, as the Dockerfile model hands them over
/// (continuations joined, comment lines dropped).
/// </summary>
public sealed class SharedCaseTests
{
    [Fact]
    public void Heredoc_after_a_continuation_belongs_to_tee()
    {
        ShellScript script = ShellParser.Parse(
            "mkdir -p /opt/notes &&     tee /opt/notes/readme.txt <<NOTE\n"
            + "this text is the heredoc body\nNOTE\n");

        Assert.Equal(["mkdir", "tee"], script.Commands.Select(command => command.ProgramName));
        Assert.NotNull(script.Commands[1].Redirections.Single().HeredocBody);
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Comments_dropped_from_a_continuation_leave_a_clean_install()
    {
        ShellScript script = ShellParser.Parse(
            "apt-get update     && apt-get install -y --no-install-recommends "
            + "        curl         jq     && rm -rf /var/lib/apt/lists/*");

        PackageCommand install = PackageCommandReader.Read(script.Commands[1])!;

        Assert.True(install.NoInstallRecommends);
        Assert.Equal(["curl", "jq"], install.Packages.Select(package => package.Name));
        Assert.Empty(CacheAnalysis.Find(script, []));
    }

    [Theory]
    [InlineData("apt-get update &&     apt-get install -y postgresql-client libpq-dev && "
        + "    rm -rf /var/lib/apt/lists/*", null)]
    [InlineData("apt-get update && apt-get install -y         libmemcached11 "
        + "        libmemcachedutil2         libmemcached-dev         libz-dev",
        "/var/lib/apt/lists")]
    [InlineData("pip install poetry", "/root/.cache/pip")]
    [InlineData("pip install gunicorn", "/root/.cache/pip")]
    [InlineData("apt-get update && apt-get install -y dos2unix", "/var/lib/apt/lists")]
    [InlineData("poetry config virtualenvs.create false", null)]
    [InlineData("chmod +x /docker-entrypoint.sh", null)]
    public void Seed_runs_leave_the_expected_caches(string run, string? path)
    {
        IReadOnlyList<LeftCache> left = CacheAnalysis.Find(ShellParser.Parse(run), []);

        Assert.Equal(path, left.SingleOrDefault()?.Path);
    }

    [Fact]
    public void Seed_installs_lack_no_install_recommends()
    {
        ShellScript script = ShellParser.Parse("apt-get update && apt-get install -y dos2unix");

        PackageCommand install = PackageCommandReader.Read(script.Commands[1])!;

        Assert.False(install.NoInstallRecommends);
        Assert.True(install.AssumeYes);
        Assert.Equal("dos2unix", install.Packages.Single().Name);
    }
}

using Ballast.Files;
using Ballast.Tests.Workflows;

namespace Ballast.Tests.Files;

public sealed class DockerfileFinderTests
{
    private const string Dockerfile = "FROM scratch\n";

    private static IReadOnlyList<string> Found(TemporaryFolder folder, string start = "")
    {
        var found = DockerfileFinder.Find(Path.Combine(folder.Path, start), out _);
        return found.Select(path => Path.GetRelativePath(folder.Path, path).Replace('\\', '/'))
            .ToList();
    }

    private static TemporaryFolder Repository()
    {
        var folder = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git", "info"));
        return folder;
    }

    [Fact]
    public void Every_dockerfile_name_is_found_in_a_stable_order()
    {
        using var folder = new TemporaryFolder();
        folder.Write("b/Dockerfile", Dockerfile);
        folder.Write("a/web.Dockerfile", Dockerfile);
        folder.Write("Dockerfile.dev", Dockerfile);
        folder.Write("README.md", "# not a Dockerfile\n");

        Assert.Equal(["Dockerfile.dev", "a/web.Dockerfile", "b/Dockerfile"], Found(folder));
    }

    [Fact]
    public void Build_folders_are_searched_and_installed_dependencies_are_not()
    {
        using var folder = new TemporaryFolder();
        folder.Write("build/package/Dockerfile", Dockerfile);
        folder.Write("node_modules/pkg/Dockerfile", Dockerfile);
        folder.Write(".git/Dockerfile", Dockerfile);

        Assert.Equal(["build/package/Dockerfile"], Found(folder));
    }

    [Fact]
    public void Files_the_root_gitignore_ignores_are_skipped()
    {
        using var folder = Repository();
        folder.Write(".gitignore", "generated/\n*.tmp.Dockerfile\n");
        folder.Write("generated/Dockerfile", Dockerfile);
        folder.Write("app/Dockerfile", Dockerfile);
        folder.Write("app/scratch.tmp.Dockerfile", Dockerfile);

        Assert.Equal(["app/Dockerfile"], Found(folder));
    }

    [Fact]
    public void A_nested_gitignore_applies_below_its_folder_only()
    {
        using var folder = Repository();
        folder.Write("services/.gitignore", "old\n");
        folder.Write("services/old/Dockerfile", Dockerfile);
        folder.Write("services/deep/old/Dockerfile", Dockerfile);
        folder.Write("old/Dockerfile", Dockerfile);

        Assert.Equal(["old/Dockerfile"], Found(folder));
    }

    [Fact]
    public void A_nested_pattern_with_a_slash_is_anchored_to_its_folder()
    {
        using var folder = Repository();
        folder.Write("services/.gitignore", "/old/Dockerfile\n");
        folder.Write("services/old/Dockerfile", Dockerfile);
        folder.Write("services/deep/old/Dockerfile", Dockerfile);

        Assert.Equal(["services/deep/old/Dockerfile"], Found(folder));
    }

    [Fact]
    public void A_deeper_negation_brings_a_file_back()
    {
        using var folder = Repository();
        folder.Write(".gitignore", "*.Dockerfile\n");
        folder.Write("ci/.gitignore", "!keep.Dockerfile\n");
        folder.Write("ci/keep.Dockerfile", Dockerfile);
        folder.Write("ci/drop.Dockerfile", Dockerfile);

        Assert.Equal(["ci/keep.Dockerfile"], Found(folder));
    }

    [Fact]
    public void Ignored_files_are_found_when_gitignore_is_not_honoured()
    {
        using var folder = Repository();
        folder.Write(".gitignore", "generated/\n");
        folder.Write("generated/.gitignore", "*\n");
        folder.Write("generated/Dockerfile", Dockerfile);

        var found = DockerfileFinder.Find(folder.Path, honourGitignore: false, out var error);

        Assert.Null(error);
        Assert.Equal("generated/Dockerfile",
            Path.GetRelativePath(folder.Path, Assert.Single(found)).Replace('\\', '/'));
    }

    [Fact]
    public void Info_exclude_is_honoured()
    {
        using var folder = Repository();
        folder.Write(".git/info/exclude", "local/\n");
        folder.Write("local/Dockerfile", Dockerfile);
        folder.Write("Dockerfile", Dockerfile);

        Assert.Equal(["Dockerfile"], Found(folder));
    }

    [Fact]
    public void Rules_above_the_named_folder_still_apply_inside_the_repository()
    {
        using var folder = Repository();
        folder.Write(".gitignore", "services/legacy/\n");
        folder.Write("services/legacy/Dockerfile", Dockerfile);
        folder.Write("services/api/Dockerfile", Dockerfile);

        Assert.Equal(["services/api/Dockerfile"], Found(folder, "services"));
    }

    [Fact]
    public void The_git_folder_is_never_searched()
    {
        using var folder = Repository();
        folder.Write(".git/Dockerfile", Dockerfile);
        folder.Write("Dockerfile", Dockerfile);

        Assert.Equal(["Dockerfile"], Found(folder));
    }

    [Fact]
    public void A_file_named_explicitly_is_checked_even_when_ignored()
    {
        using var folder = Repository();
        folder.Write(".gitignore", "generated/\n");
        var path = folder.Write("generated/Dockerfile", Dockerfile);

        var found = DockerfileFinder.Find(path, out var error);

        Assert.Null(error);
        Assert.Equal([path], found);
    }

    [Fact]
    public void A_folder_named_explicitly_is_searched_even_when_ignored()
    {
        using var folder = Repository();
        folder.Write(".gitignore", "generated/\n");
        folder.Write("generated/.gitignore", "old/\n");
        folder.Write("generated/Dockerfile", Dockerfile);
        folder.Write("generated/old/Dockerfile", Dockerfile);

        Assert.Equal(["generated/Dockerfile"], Found(folder, "generated"));
    }

    [Fact]
    public void A_folder_where_everything_is_ignored_says_so()
    {
        using var folder = Repository();
        folder.Write(".gitignore", "Dockerfile\n");
        folder.Write("Dockerfile", Dockerfile);

        var found = DockerfileFinder.Find(folder.Path, out var error);

        Assert.Empty(found);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("build", "sub", "sub/**/build")]
    [InlineData("/build", "sub", "sub/build")]
    [InlineData("a/b/", "sub", "sub/a/b/")]
    [InlineData("logs/", "sub", "sub/**/logs/")]
    [InlineData("!keep", "sub", "!sub/**/keep")]
    [InlineData("# comment", "sub", "# comment")]
    [InlineData("build", "", "build")]
    public void Nested_patterns_are_rewritten_relative_to_the_root(
        string line, string folder, string expected)
    {
        Assert.Equal(expected, GitignoreRules.Anchor(line, folder));
    }
}

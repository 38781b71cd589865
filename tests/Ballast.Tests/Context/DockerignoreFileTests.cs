using Ballast.Context;

namespace Ballast.Tests.Context;

/// <summary>Cases from Docker's documented .dockerignore behaviour and moby/patternmatcher's
/// rules, one line per situation.</summary>
public sealed class DockerignoreFileTests
{
    [Theory]
    [InlineData("*/temp*", "somedir/temporary.txt", true)]
    [InlineData("*/temp*", "somedir/temp/file", true)]
    [InlineData("*/temp*", "temp", false)]
    [InlineData("*/temp*", "a/b/temp", false)]
    [InlineData("*/*/temp*", "somedir/subdir/temporary.txt", true)]
    [InlineData("*/*/temp*", "somedir/temporary.txt", false)]
    [InlineData("temp?", "tempa", true)]
    [InlineData("temp?", "temp", false)]
    [InlineData("temp?", "tempab", false)]
    [InlineData("**/*.go", "main.go", true)]
    [InlineData("**/*.go", "cmd/app/main.go", true)]
    [InlineData("**/*.go", "main.golden", false)]
    [InlineData("node_modules", "node_modules/left-pad/index.js", true)]
    [InlineData("node_modules", "web/node_modules/x.js", false)]
    [InlineData("foo", "foobar", false)]
    [InlineData("/foo", "foo", true)]
    [InlineData("./foo/", "foo/bar", true)]
    [InlineData("foo/**", "foo/a/b", true)]
    [InlineData("foo/**", "foobar", false)]
    [InlineData("**/foo", "foo", true)]
    [InlineData("**/foo", "a/b/foo/c", true)]
    [InlineData("**/foo", "afoo", false)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("*.md", "docs/guide.md", false)]
    [InlineData("[abc].txt", "b.txt", true)]
    [InlineData("[abc].txt", "d.txt", false)]
    [InlineData("file\\*", "file*", true)]
    [InlineData("file\\*", "fileA", false)]
    [InlineData("a.b", "axb", false)]
    [InlineData("*", ".", false)]
    public void A_single_pattern_excludes_what_docker_excludes(
        string pattern, string path, bool excluded)
    {
        var file = DockerignoreFile.Parse(pattern);

        Assert.Equal(excluded, file.Excludes(path));
    }

    [Theory]
    [InlineData("README.md", false)]
    [InlineData("CHANGES.md", true)]
    public void An_exception_after_a_pattern_sends_the_file_again(string path, bool excluded)
    {
        var file = DockerignoreFile.Parse("*.md\n!README.md\n");

        Assert.Equal(excluded, file.Excludes(path));
    }

    [Theory]
    [InlineData("*.md\n!README*.md\nREADME-secret.md\n", "README-secret.md", true)]
    [InlineData("*.md\n!README*.md\nREADME-secret.md\n", "README-public.md", false)]
    [InlineData("*.md\nREADME-secret.md\n!README*.md\n", "README-secret.md", false)]
    public void The_last_matching_pattern_decides(string text, string path, bool excluded)
    {
        var file = DockerignoreFile.Parse(text);

        Assert.Equal(excluded, file.Excludes(path));
    }

    [Fact]
    public void Comments_blank_lines_and_surrounding_spaces_are_ignored()
    {
        var file = DockerignoreFile.Parse("# a comment\n\n   build   \r\n ! build/keep \n");

        Assert.Equal(["build", "!build/keep"], file.Patterns.Select(p => p.ToString()));
        Assert.Equal([3, 4], file.Patterns.Select(p => p.Line));
        Assert.False(file.Excludes("# a comment"));
    }

    [Fact]
    public void A_hash_after_leading_spaces_is_a_pattern_not_a_comment()
    {
        var file = DockerignoreFile.Parse("  #notes\n");

        Assert.True(file.Excludes("#notes"));
    }

    [Fact]
    public void A_lone_exclamation_mark_is_an_error_with_its_line()
    {
        var file = DockerignoreFile.Parse("build\n!\n");

        Assert.Equal(".dockerignore:2: illegal exclusion pattern: \"!\"", file.Error);
    }

    [Fact]
    public void The_pattern_that_excludes_a_path_is_named()
    {
        var file = DockerignoreFile.Parse("*.log\ntmp\n");

        Assert.Equal("tmp", file.ExcludedBy("tmp/cache/x")?.Text);
        Assert.Null(file.ExcludedBy("src/app.py"));
    }

    [Theory]
    [InlineData("./a//b/", "a/b")]
    [InlineData("a/../b", "b")]
    [InlineData("../a", "../a")]
    [InlineData("/a/../../b", "/b")]
    [InlineData("", ".")]
    [InlineData("./", ".")]
    public void Paths_are_cleaned_as_go_cleans_them(string path, string cleaned)
    {
        Assert.Equal(cleaned, ContextPath.Clean(path));
    }

    [Fact]
    public void The_dockerfile_specific_ignore_file_takes_precedence()
    {
        using var folder = new Workflows.TemporaryFolder();
        var dockerfile = folder.Write("app.Dockerfile", "FROM scratch\n");
        folder.Write(".dockerignore", "general\n");
        folder.Write("app.Dockerfile.dockerignore", "specific\n");

        var file = DockerignoreFile.Find(dockerfile);

        Assert.NotNull(file);
        Assert.True(file.Excludes("specific"));
        Assert.False(file.Excludes("general"));
    }

    [Fact]
    public void No_ignore_file_means_nothing_to_read()
    {
        using var folder = new Workflows.TemporaryFolder();
        var dockerfile = folder.Write("Dockerfile", "FROM scratch\n");

        Assert.Null(DockerignoreFile.Find(dockerfile));
    }
}

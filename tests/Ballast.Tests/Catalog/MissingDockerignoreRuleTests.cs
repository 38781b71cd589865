using Ballast.Rules.Catalog;
using Ballast.Tests.Workflows;

namespace Ballast.Tests.Catalog;

public sealed class MissingDockerignoreRuleTests
{
    private const string CopiesEverything = "FROM node:22\nWORKDIR /app\nCOPY . .\n";

    private readonly MissingDockerignoreRule rule = new();

    [Fact]
    public void Fires_when_the_context_is_copied_without_dockerignore()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("Dockerfile", CopiesEverything);

        var finding = Assert.Single(RuleRunner.Run(rule, CopiesEverything, path));

        Assert.Equal(".", RuleRunner.Marked(finding, CopiesEverything));
    }

    [Fact]
    public void Stays_quiet_with_a_dockerignore()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("Dockerfile", CopiesEverything);
        folder.Write(".dockerignore", ".git\nnode_modules\n");

        Assert.Empty(RuleRunner.Run(rule, CopiesEverything, path));
    }

    [Fact]
    public void Stays_quiet_when_only_named_files_are_copied()
    {
        using var folder = new TemporaryFolder();
        var dockerfile = "FROM node:22\nCOPY package.json /app/\n";
        var path = folder.Write("Dockerfile", dockerfile);

        Assert.Empty(RuleRunner.Run(rule, dockerfile, path));
    }

    [Fact]
    public void Stays_quiet_on_text_that_is_not_on_disk()
    {
        Assert.Empty(RuleRunner.Run(rule, CopiesEverything, "/nonexistent/Dockerfile"));
    }
}

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
    public void Fires_for_a_builder_stage_whose_folder_the_final_stage_copies()
    {
        using var folder = new TemporaryFolder();
        var dockerfile = "FROM node:22 AS build\nWORKDIR /app\nCOPY . .\n"
            + "FROM node:22-slim\nCOPY --from=build /app /app\n";
        var path = folder.Write("Dockerfile", dockerfile);

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile, path));

        Assert.Equal(3, finding.Location.Start.Line);
        Assert.Contains("builder", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stays_quiet_for_a_stage_the_target_does_not_need()
    {
        using var folder = new TemporaryFolder();
        var dockerfile = "FROM node:22 AS unused\nCOPY . .\nFROM node:22-slim\nCMD [\"node\"]\n";
        var path = folder.Write("Dockerfile", dockerfile);

        Assert.Empty(RuleRunner.Run(rule, dockerfile, path));
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

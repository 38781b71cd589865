using Ballast.Rules;
using Ballast.Rules.Catalog;
using Ballast.Tests.Workflows;
using Ballast.Text;

namespace Ballast.Tests.Catalog;

public sealed class CopyIgnoredFileRuleTests
{
    private readonly CopyIgnoredFileRule rule = new();

    private static IReadOnlyList<Finding> Run(Rule rule, string dockerfile, string ignore,
        string ignoreName = ".dockerignore")
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("Dockerfile", dockerfile);
        folder.Write(ignoreName, ignore);
        return RuleRunner.Run(rule, dockerfile, path);
    }

    [Fact]
    public void A_copied_file_under_an_ignored_folder_is_reported_at_the_source()
    {
        var dockerfile = "FROM scratch\nCOPY ./tmp/helloworld.txt /helloworld.txt\n";

        var finding = Assert.Single(Run(rule, dockerfile, "*/tmp/*\ntmp\n"));

        Assert.Equal("./tmp/helloworld.txt", RuleRunner.Marked(finding, dockerfile));
        Assert.StartsWith(
            "Attempting to Copy file \"tmp/helloworld.txt\" that is excluded by .dockerignore",
            finding.Message);
        Assert.Contains("pattern 'tmp' on line 2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_the_patterns_leave_in_is_fine()
    {
        var dockerfile = "FROM scratch\nCOPY ./forever/helloworld.txt /helloworld.txt\n";

        Assert.Empty(Run(rule, dockerfile, "tmp\n"));
    }

    [Fact]
    public void Add_is_named_as_add()
    {
        var dockerfile = "FROM scratch\nADD secrets.env /etc/app.env\n";

        var finding = Assert.Single(Run(rule, dockerfile, "*.env\n"));

        Assert.StartsWith("Attempting to Add file \"secrets.env\"", finding.Message);
    }

    [Fact]
    public void Copies_from_a_stage_and_remote_adds_are_not_from_the_context()
    {
        var dockerfile = """
            FROM scratch AS build
            FROM scratch
            COPY --from=build dist /dist
            ADD https://example.com/dist.tgz /dist.tgz
            """;

        Assert.Empty(Run(rule, dockerfile, "dist\n*.tgz\n"));
    }

    [Fact]
    public void An_exception_that_brings_the_source_back_silences_it()
    {
        var dockerfile = "FROM scratch\nCOPY build/keep /keep\n";

        Assert.Empty(Run(rule, dockerfile, "build\n!build/keep\n"));
    }

    [Fact]
    public void An_exception_inside_a_copied_folder_silences_it()
    {
        var dockerfile = "FROM scratch\nCOPY build /build\n";

        Assert.Empty(Run(rule, dockerfile, "build\n!build/keep\n"));
    }

    [Fact]
    public void An_exception_elsewhere_does_not_save_the_source()
    {
        var dockerfile = "FROM scratch\nCOPY build /build\n";

        Assert.Single(Run(rule, dockerfile, "build\n!docs/README.md\n"));
    }

    [Fact]
    public void The_whole_context_is_never_reported()
    {
        var dockerfile = "FROM scratch\nCOPY . /app\n";

        Assert.Empty(Run(rule, dockerfile, "*\n"));
    }

    [Fact]
    public void Variables_in_the_source_are_expanded_first()
    {
        var dockerfile = "FROM scratch\nARG DIR=tmp\nCOPY $DIR/x /x\n";

        Assert.Single(Run(rule, dockerfile, "tmp\n"));
    }

    [Fact]
    public void The_dockerfile_specific_ignore_file_is_used()
    {
        var dockerfile = "FROM scratch\nCOPY docs /docs\n";

        var finding = Assert.Single(Run(rule, dockerfile, "docs\n", "Dockerfile.dockerignore"));

        Assert.Contains("of Dockerfile.dockerignore", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_on_disk_is_not_judged()
    {
        var dockerfile = "FROM scratch\nCOPY tmp /tmp\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile, "/nonexistent/Dockerfile"));
    }

    [Fact]
    public void An_unreadable_ignore_file_is_left_to_the_builder()
    {
        var dockerfile = "FROM scratch\nCOPY tmp /tmp\n";

        Assert.Empty(Run(rule, dockerfile, "tmp\n!\n"));
    }

    [Fact]
    public void The_check_skip_directive_names_it_as_buildkit_does()
    {
        using var folder = new TemporaryFolder();
        var dockerfile = "# check=skip=CopyIgnoredFile\nFROM scratch\nCOPY tmp /tmp\n";
        var path = folder.Write("Dockerfile", dockerfile);
        folder.Write(".dockerignore", "tmp\n");

        var findings = new Checker([rule]).Check(new SourceText(dockerfile, path)).Findings;

        Assert.Empty(findings);
    }
}

using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class MultipleSourcesDestinationRuleTests
{
    private readonly MultipleSourcesDestinationRule rule = new();

    [Fact]
    public void Fires_on_two_sources_to_a_file_name()
    {
        var dockerfile = "FROM alpine:3\nCOPY a b /app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("/app", marked);
    }

    [Fact]
    public void Stays_quiet_on_a_folder_destination()
    {
        var dockerfile = "FROM alpine:3\nCOPY a b /app/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_one_source()
    {
        var dockerfile = "FROM alpine:3\nCOPY a /app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Fix_adds_the_trailing_slash()
    {
        var dockerfile = "FROM alpine:3\nCOPY a b /app\n";

        var fixedText = RuleRunner.AssertFixHolds(rule, dockerfile);

        Assert.Equal("FROM alpine:3\nCOPY a b /app/\n", fixedText);
    }
}

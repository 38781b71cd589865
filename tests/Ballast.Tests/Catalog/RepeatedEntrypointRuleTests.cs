using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class RepeatedEntrypointRuleTests
{
    private readonly RepeatedEntrypointRule rule = new();

    [Fact]
    public void Fires_on_the_first_of_two_entrypoints()
    {
        var dockerfile = "FROM alpine:3\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("ENTRYPOINT", marked);
    }

    [Fact]
    public void Stays_quiet_on_one_entrypoint()
    {
        var dockerfile = "FROM alpine:3\nENTRYPOINT [\"a\"]\nCMD [\"b\"]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_without_entrypoint()
    {
        var dockerfile = "FROM alpine:3\nCMD [\"b\"]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}

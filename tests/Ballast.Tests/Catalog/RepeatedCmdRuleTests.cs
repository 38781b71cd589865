using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class RepeatedCmdRuleTests
{
    private readonly RepeatedCmdRule rule = new();

    [Fact]
    public void Fires_on_the_first_of_two_cmds()
    {
        var dockerfile = "FROM alpine:3\nCMD [\"a\"]\nCMD [\"b\"]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("CMD", marked);
    }

    [Fact]
    public void Stays_quiet_on_one_cmd()
    {
        var dockerfile = "FROM alpine:3\nCMD [\"a\"]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_one_cmd_per_stage()
    {
        var dockerfile = "FROM alpine:3 AS a\nCMD [\"a\"]\nFROM alpine:3\nCMD [\"b"
            + "\"]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}

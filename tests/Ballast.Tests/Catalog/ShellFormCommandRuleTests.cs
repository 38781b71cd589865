using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class ShellFormCommandRuleTests
{
    private readonly ShellFormCommandRule rule = new();

    [Fact]
    public void Fires_on_a_shell_form_cmd()
    {
        var dockerfile = "FROM alpine:3\nCMD node server.js\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("CMD", marked);
    }

    [Fact]
    public void Fires_on_a_shell_form_entrypoint()
    {
        var dockerfile = "FROM alpine:3\nENTRYPOINT ./run\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("ENTRYPOINT", marked);
    }

    [Fact]
    public void Stays_quiet_on_the_exec_form()
    {
        var dockerfile = "FROM alpine:3\nCMD [\"node\", \"server.js\"]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_builder_stage()
    {
        var dockerfile = "FROM alpine:3 AS b\nCMD make\nFROM alpine:3\nCMD [\"a\""
            + "]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_healthcheck()
    {
        var dockerfile = "FROM alpine:3\nHEALTHCHECK CMD wget -q localhost\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}

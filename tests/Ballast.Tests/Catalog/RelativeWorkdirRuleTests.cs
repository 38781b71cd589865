using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class RelativeWorkdirRuleTests
{
    private readonly RelativeWorkdirRule rule = new();

    [Fact]
    public void Fires_on_a_relative_workdir()
    {
        var dockerfile = "FROM alpine:3\nWORKDIR app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("app", marked);
    }

    [Fact]
    public void Stays_quiet_on_an_absolute_workdir()
    {
        var dockerfile = "FROM alpine:3\nWORKDIR /app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_variable()
    {
        var dockerfile = "FROM alpine:3\nWORKDIR $HOME\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_windows_drive()
    {
        var dockerfile = "FROM alpine:3\nWORKDIR C:\\\\app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}

using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class InvalidOnbuildTriggerRuleTests
{
    private readonly InvalidOnbuildTriggerRule rule = new();

    [Fact]
    public void Fires_on_onbuild_from()
    {
        var dockerfile = "FROM alpine:3\nONBUILD FROM debian\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("FROM", marked);
    }

    [Fact]
    public void Fires_on_onbuild_onbuild()
    {
        var dockerfile = "FROM alpine:3\nONBUILD ONBUILD RUN x\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("ONBUILD", marked);
    }

    [Fact]
    public void Stays_quiet_on_onbuild_run()
    {
        var dockerfile = "FROM alpine:3\nONBUILD RUN make\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_onbuild_copy()
    {
        var dockerfile = "FROM alpine:3\nONBUILD COPY . /src\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}

using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class RelinkedShellRuleTests
{
    private readonly RelinkedShellRule rule = new();

    [Fact]
    public void Fires_on_relinking_bin_sh()
    {
        var dockerfile = "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("ln -sf /bin/bash /bin/sh", marked);
    }

    [Fact]
    public void Stays_quiet_on_other_links()
    {
        var dockerfile = "FROM debian:12\nRUN ln -s /opt/app/bin/app /usr/bin/app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_shell_instruction()
    {
        var dockerfile = "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}

using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class BaseDigestRequiredRuleTests
{
    private readonly BaseDigestRequiredRule rule = new(required: true);

    [Fact]
    public void Fires_on_a_tag_without_digest_when_required()
    {
        var dockerfile = "FROM python:3.12-slim\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("python:3.12-slim", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void Stays_quiet_on_a_pinned_digest()
    {
        var dockerfile = "FROM python:3.12-slim@sha256:" + new string('d', 64) + "\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void Stays_quiet_on_scratch_and_stages()
    {
        var dockerfile = "FROM scratch AS s\nFROM s\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void Stays_quiet_unless_configured()
    {
        var dockerfile = "FROM python:3.12-slim\n";

        Assert.Empty(RuleRunner.Run(new BaseDigestRequiredRule(), dockerfile));
    }
}

using Ballast.Rules;
using Ballast.Text;

namespace Ballast.Tests.ShellRules;

/// <summary>The shared cases whose expectations are about the shell rules, checked with the
/// whole catalogue so that no rule contradicts them.</summary>
public sealed class SharedCaseRuleTests
{
    private static IReadOnlyList<Finding> Check(string name) =>
        Checker.Default.Check(new SourceText(TestCases.Dockerfile(name))).Findings;

    [Fact]
    public void Comments_inside_a_continuation_leave_the_apt_cleanup_seen()
    {
        var findings = Check("04-comments-inside-continuation");

        Assert.DoesNotContain(findings, finding => finding.RuleId is "BL105" or "BL106"
            or "BL115" or "BL432");
    }

    [Fact]
    public void Cache_mounts_in_any_option_order_keep_apt_caches_out_of_the_layer()
    {
        var findings = Check("10-cache-mount-option-order");

        Assert.DoesNotContain(findings, finding => finding.RuleId is "BL105" or "BL115"
            || finding.Message.Contains("apt", StringComparison.Ordinal)
                && finding.Message.Contains("cache", StringComparison.Ordinal));
    }

    [Fact]
    public void Cd_inside_a_subshell_is_not_a_workdir_finding()
    {
        var findings = Check("11-cd-in-subshell");

        Assert.DoesNotContain(findings, finding => finding.RuleId == "BL521");
    }

    [Fact]
    public void Registry_urls_after_flags_are_not_unpinned_packages()
    {
        var findings = Check("13-flag-values-are-not-packages");

        Assert.DoesNotContain(findings, finding => finding.RuleId is "BL434" or "BL435");
    }

    [Fact]
    public void The_cases_still_trigger_the_shell_rules_when_their_safeguard_is_removed()
    {
        var subshell = TestCases.Dockerfile("11-cd-in-subshell").Replace("( cd", "cd")
            .Replace("make install )", "make install");
        var unpinned = TestCases.Dockerfile("13-flag-values-are-not-packages")
            .Replace("@1.3.0", "").Replace("==2.32.3", "");

        var cd = Checker.Default.Check(new SourceText(subshell)).Findings;
        var pins = Checker.Default.Check(new SourceText(unpinned)).Findings;

        Assert.Contains(cd, finding => finding.RuleId == "BL521");
        // The npm stage is not built for the default target, so only pip's is reported.
        Assert.Single(pins, finding => finding.RuleId == "BL434");
    }
}

using Ballast.Configuration;
using Ballast.Rules;
using Ballast.Tests.Workflows;
using Ballast.Workflows;

namespace Ballast.Tests.Configuration;

public sealed class ConfigurationLocatorTests
{
    private const string AddsPlainFile = "FROM alpine:3.20\nUSER 1000\nADD a.txt /a/\n";

    [Fact]
    public void The_nearest_ballast_yaml_above_the_dockerfile_applies()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".ballast.yaml", "ignore: [BL316]\n");
        var dockerfile = folder.Write("services/api/Dockerfile", AddsPlainFile);

        var run = CheckRun.Execute(new CheckOptions([dockerfile]), Checker.Default);

        Assert.Empty(run.InputErrors);
        Assert.DoesNotContain(run.Report.Files.Single().Findings,
            finding => finding.RuleId == "BL316");
    }

    [Fact]
    public void A_hadolint_yaml_ignore_suppresses_the_mapped_rule()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".hadolint.yaml", "ignored:\n  - DL3020\n");
        var dockerfile = folder.Write("Dockerfile", AddsPlainFile);

        var run = CheckRun.Execute(new CheckOptions([dockerfile]), Checker.Default);

        Assert.DoesNotContain(run.Report.Files.Single().Findings,
            finding => finding.RuleId == "BL316");
    }

    [Fact]
    public void Without_configuration_the_finding_is_reported()
    {
        using var folder = new TemporaryFolder();
        var dockerfile = folder.Write("Dockerfile", AddsPlainFile);

        var run = CheckRun.Execute(new CheckOptions([dockerfile]), Checker.Default);

        Assert.Contains(run.Report.Files.Single().Findings,
            finding => finding.RuleId == "BL316");
    }

    [Fact]
    public void Severity_overrides_and_fail_on_from_configuration_decide_the_exit_code()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".ballast.yaml", "severity:\n  BL316: info\nfail-on: warning\n");
        var dockerfile = folder.Write("Dockerfile",
            "FROM alpine:3.20\nUSER 1000\nADD a.txt /a/\n");

        var run = CheckRun.Execute(new CheckOptions([dockerfile], FailOnGiven: false),
            Checker.Default);

        var finding = Assert.Single(run.Report.Files.Single().Findings);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Per_path_overrides_apply_only_to_matching_files()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".ballast.yaml", "overrides:\n  - paths: [\"legacy/**\"]\n"
            + "    ignore: [BL316]\n");
        var legacy = folder.Write("legacy/Dockerfile", AddsPlainFile);
        var current = folder.Write("current/Dockerfile", AddsPlainFile);

        var run = CheckRun.Execute(new CheckOptions([legacy, current]), Checker.Default);

        var byPath = run.Report.Files.ToDictionary(file => Path.GetFullPath(file.Source.Path));
        Assert.DoesNotContain(byPath[Path.GetFullPath(legacy)].Findings,
            finding => finding.RuleId == "BL316");
        Assert.Contains(byPath[Path.GetFullPath(current)].Findings,
            finding => finding.RuleId == "BL316");
    }

    [Fact]
    public void Trusted_registries_from_configuration_turn_the_registry_rule_on()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".ballast.yaml", "trusted-registries: [registry.example.com]\n");
        var dockerfile = folder.Write("Dockerfile", "FROM quay.io/x/y:1\nUSER 1000\n");

        var run = CheckRun.Execute(new CheckOptions([dockerfile]), Checker.Default);

        Assert.Contains(run.Report.Files.Single().Findings,
            finding => finding.RuleId == "BL322");
    }

    [Fact]
    public void A_broken_configuration_is_an_input_error_with_its_location()
    {
        using var folder = new TemporaryFolder();
        var config = folder.Write(".ballast.yaml", "ignore: [BL316\n");
        var dockerfile = folder.Write("Dockerfile", AddsPlainFile);

        var run = CheckRun.Execute(new CheckOptions([dockerfile]), Checker.Default);

        var error = Assert.Single(run.InputErrors);
        Assert.Equal(config, error.Path);
        Assert.Equal(2, run.ExitCode);
    }
}

using Ballast.Model;
using Ballast.Rules;

namespace Ballast.Workflows;

/// <summary>What <c>ballast check</c> was asked.</summary>
/// <param name="Paths">Files and folders; empty means <c>./Dockerfile</c>.</param>
/// <param name="FailOn">The severity at or above which the run fails; null never fails.</param>
/// <param name="Model">Build target and arguments.</param>
/// <param name="ConfigPath">A configuration file given with <c>--config</c>; null to look
/// for <c>.ballast.yaml</c> and <c>.hadolint.yaml</c> above each Dockerfile.</param>
/// <param name="FailOnGiven">True when the user chose <paramref name="FailOn"/>, which then
/// wins over the configuration's <c>fail-on</c>.</param>
/// <param name="HonourGitignore">False to search folders without skipping what git ignores.
/// </param>
public sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    Severity? FailOn = Severity.Warning,
    ModelOptions? Model = null,
    string? ConfigPath = null,
    bool FailOnGiven = true,
    bool HonourGitignore = true);

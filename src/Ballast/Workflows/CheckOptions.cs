using Ballast.Model;
using Ballast.Rules;

namespace Ballast.Workflows;

/// <summary>What <c>ballast check</c> was asked.</summary>
/// <param name="Paths">Files and folders; empty means <c>./Dockerfile</c>.</param>
/// <param name="FailOn">The severity at or above which the run fails; null never fails.</param>
/// <param name="Model">Build target and arguments.</param>
public sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    Severity? FailOn = Severity.Warning,
    ModelOptions? Model = null);

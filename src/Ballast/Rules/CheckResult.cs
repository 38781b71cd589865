using Ballast.Model;
using Ballast.Syntax;

namespace Ballast.Rules;

/// <summary>What checking one Dockerfile found: the model, the findings in file order, and
/// the errors that make the file invalid input.</summary>
public sealed record CheckResult(DockerfileModel Model, IReadOnlyList<Finding> Findings)
{
    /// <summary>Syntax and instruction errors: BuildKit would refuse the file.</summary>
    public IReadOnlyList<SyntaxDiagnostic> Errors { get; } =
        Model.AllDiagnostics.Where(diagnostic => diagnostic.IsError).ToList();
}

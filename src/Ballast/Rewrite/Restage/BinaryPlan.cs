using Ballast.Knowledge;
using Ballast.Model;
using ImageReference = Ballast.Knowledge.ImageReference;

namespace Ballast.Rewrite.Restage;

/// <summary>How a compiled build splits: the RUN that produces the binary, where the binary
/// is, the runtime base, and the system packages on each side.</summary>
/// <param name="Build">The RUN that writes the binary; the final stage copies it at this
/// point.</param>
/// <param name="Binary">The binary's absolute path in the builder, and in the final stage.
/// </param>
/// <param name="Runtime">The final stage's base image.</param>
/// <param name="System">The original system packages, split between the stages.</param>
/// <param name="Shell">What the runtime settings need from a shell.</param>
/// <param name="RuntimePackages">The Debian packages the final stage installs.</param>
public sealed record BinaryPlan(
    RunInstruction Build,
    string Binary,
    ImageReference Runtime,
    SystemPackagePlan System,
    ShellNeeds Shell,
    IReadOnlyList<string> RuntimePackages)
{
    /// <summary>True when the runtime base has no shell and no package manager.</summary>
    public bool IsDistroless => Runtime.Repository.Contains("/distroless/", StringComparison.Ordinal);
}

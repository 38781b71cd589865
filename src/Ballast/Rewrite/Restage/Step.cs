using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>One command of an original RUN, classified.</summary>
/// <param name="Kind">Where it goes.</param>
/// <param name="Text">Its text as written in the script, possibly edited.</param>
/// <param name="Run">The RUN it came from.</param>
/// <param name="Package">The package command it is, when it is one.</param>
/// <param name="IsManifestInstall">True for installs driven by the project's manifests.</param>
public sealed record Step(
    StepKind Kind,
    string Text,
    RunInstruction Run,
    PackageCommand? Package = null,
    bool IsManifestInstall = false)
{
    /// <summary>True for an install of the project itself (<c>pip install .</c>), which needs
    /// the sources in place before it runs.</summary>
    public bool NeedsSource { get; init; }

    /// <summary>The program the step runs, such as <c>dos2unix</c>.</summary>
    public string? Program { get; init; }
}

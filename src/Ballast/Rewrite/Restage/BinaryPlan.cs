using Ballast.Knowledge;
using Ballast.Model;
using ImageReference = Ballast.Knowledge.ImageReference;

namespace Ballast.Rewrite.Restage;

/// <summary>How a build splits when the final stage needs one artefact of the builder (a
/// compiled binary, or an application folder with its production dependencies): the RUN
/// that produces it, where it is, the runtime base, and the system packages on each side.
/// </summary>
/// <param name="Build">The RUN that writes the artefact; the final stage copies it at this
/// point.</param>
/// <param name="Artefact">The artefact's absolute path in the builder, and in the final
/// stage.</param>
/// <param name="Runtime">The final stage's base image.</param>
/// <param name="System">The original system packages, split between the stages.</param>
/// <param name="Shell">What the runtime settings need from a shell.</param>
/// <param name="RuntimePackages">The Debian packages the final stage installs.</param>
public sealed record BinaryPlan(
    RunInstruction Build,
    string Artefact,
    ImageReference Runtime,
    SystemPackagePlan System,
    ShellNeeds Shell,
    IReadOnlyList<string> RuntimePackages)
{
    /// <summary>Commands the builder runs last, on the artefact (pruning development
    /// dependencies), with a comment line saying why.</summary>
    public IReadOnlyList<string> BuilderTail { get; init; } = [];

    /// <summary>The comment above <see cref="BuilderTail"/>.</summary>
    public string BuilderTailComment { get; init; } = "";

    /// <summary>Lines the builder writes just before an original instruction, such as the
    /// build manifests and a dependency download ahead of the COPY of the sources.</summary>
    public IReadOnlyDictionary<Instruction, IReadOnlyList<string>> BuilderInserts { get; init; } =
        new Dictionary<Instruction, IReadOnlyList<string>>();

    /// <summary>An original instruction written earlier through <see cref="BuilderInserts"/>
    /// (a dependency install moved ahead of the sources), which the builder skips where it
    /// was.</summary>
    public Instruction? BuilderMoved { get; init; }

    /// <summary>Further paths of the builder the final stage copies, each to the same place,
    /// right after the artefact (files of the source tree the settings name).</summary>
    public IReadOnlyList<string> FinalExtras { get; init; } = [];

    /// <summary>Where the final stage puts the artefact: a folder ending in <c>/</c> when
    /// <see cref="Artefact"/> is a wildcard; null for the same path as in the builder.
    /// </summary>
    public string? ArtefactDestination { get; init; }

    /// <summary>CMD and ENTRYPOINT instructions the recipe rewrote or deliberately kept,
    /// with why.</summary>
    public IReadOnlyDictionary<CommandInstruction, CommandRewrite> Rewrites { get; init; } =
        new Dictionary<CommandInstruction, CommandRewrite>();

    /// <summary>The final stage's only WORKDIR, written first, in place of the original
    /// ones; null to keep the original WORKDIRs. A .NET application run from its publish
    /// folder needs it there: the content root, where appsettings.json is read, is the
    /// working directory.</summary>
    public string? FinalWorkdir { get; init; }

    /// <summary>True when the runtime base has no shell and no package manager.</summary>
    public bool IsDistroless =>
        Runtime.Repository.Contains("/distroless/", StringComparison.Ordinal);
}

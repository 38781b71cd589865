namespace Ballast.Shell.Commands;

/// <summary>
/// A package manager or build tool command read with the tool's own option grammar, so
/// that a flag's value is never taken for a package.
/// </summary>
public sealed class PackageCommand
{
    /// <summary>The tool.</summary>
    public required PackageManager Manager { get; init; }

    /// <summary>What the command does.</summary>
    public required PackageAction Action { get; init; }

    /// <summary>The subcommand words (<c>install</c>; <c>cache clean</c>), empty when none.
    /// </summary>
    public IReadOnlyList<ShellWord> Subcommand { get; init; } = [];

    /// <summary>The packages the action applies to, in the order written; empty when the
    /// command works from a manifest or lock file, or names no packages.</summary>
    public IReadOnlyList<PackageArgument> Packages { get; init; } = [];

    /// <summary>Words after the subcommand that are not options and not packages, such as
    /// the <c>all</c> of <c>dnf clean all</c> or Maven goals.</summary>
    public IReadOnlyList<ShellWord> Operands { get; init; } = [];

    /// <summary>Every option found, with its value.</summary>
    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    /// <summary>The options rules care about.</summary>
    public PackageFlags Flags { get; init; }

    /// <summary>Requirement or environment files given with <c>-r</c>, <c>--file</c> and
    /// the like.</summary>
    public IReadOnlyList<ShellWord> RequirementFiles { get; init; } = [];

    /// <summary>The simple command this was read from.</summary>
    public required ShellCommand Command { get; init; }

    /// <summary>
    /// The offset right after the subcommand word (or the program name when there is none),
    /// where a fixer can insert <c> -y</c> or <c> --no-install-recommends</c>; null when the
    /// word came from a re-read <c>sh -c</c> string and has no exact position.
    /// </summary>
    public int? InsertionPoint { get; init; }

    /// <summary>True with <c>-y</c> and its equivalents.</summary>
    public bool AssumeYes => Flags.HasFlag(PackageFlags.AssumeYes);

    /// <summary>True with <c>--no-install-recommends</c> and its equivalents.</summary>
    public bool NoInstallRecommends => Flags.HasFlag(PackageFlags.NoInstallRecommends);

    /// <summary>True with <c>--no-cache</c> (apk, uv, poetry, composer).</summary>
    public bool NoCache => Flags.HasFlag(PackageFlags.NoCache);

    /// <summary>True with pip's <c>--no-cache-dir</c>.</summary>
    public bool NoCacheDir => Flags.HasFlag(PackageFlags.NoCacheDir);

    /// <summary>True when <paramref name="name"/> (such as <c>--no-cache</c>) is present.
    /// </summary>
    public bool HasOption(string name) => Options.Any(option => option.Name == name);

    /// <summary>The subcommand words joined by a space, or an empty string.</summary>
    public string SubcommandText =>
        string.Join(' ', Subcommand.Select(word => word.Value ?? word.Raw));
}

using System.Collections.Frozen;

namespace Ballast.Shell.Commands;

/// <summary>The command-line grammar of one package manager.</summary>
/// <param name="Manager">The tool.</param>
/// <param name="Syntax">How packages with versions are written.</param>
/// <param name="ValueOptions">Options that take a value (short and long, all subcommands).
/// </param>
/// <param name="Subcommands">Subcommand (one or two words) to action.</param>
/// <param name="FlagOptions">Options to the flags they set.</param>
/// <param name="RequirementOptions">Options whose value is a requirement file.</param>
/// <param name="VersionOptions">Options whose value is the version of the one package.
/// </param>
/// <param name="ClustersShortOptions">True when <c>-qy</c> means <c>-q -y</c>.</param>
/// <param name="DefaultAction">The action when no subcommand is given, if any.</param>
/// <param name="GoalsAreOperands">True for tools whose positionals are goals or tasks.</param>
internal sealed record ManagerGrammar(
    PackageManager Manager,
    PackageSyntax Syntax,
    FrozenSet<string> ValueOptions,
    FrozenDictionary<string, PackageAction> Subcommands,
    FrozenDictionary<string, PackageFlags> FlagOptions,
    FrozenSet<string> RequirementOptions,
    FrozenSet<string> VersionOptions,
    bool ClustersShortOptions,
    PackageAction? DefaultAction,
    bool GoalsAreOperands)
{
    /// <summary>
    /// Builds a grammar from compact tables: space-separated option lists and
    /// comma-separated <c>key=value</c> maps, where a key may hold a space.
    /// </summary>
    public static ManagerGrammar Create(
        PackageManager manager,
        PackageSyntax syntax,
        string valueOptions,
        string subcommands,
        string flagOptions,
        string requirementOptions = "",
        string versionOptions = "",
        bool clustersShortOptions = true,
        PackageAction? defaultAction = null,
        bool goalsAreOperands = false) => new(
            manager,
            syntax,
            Words(valueOptions + " " + requirementOptions + " " + versionOptions),
            Map<PackageAction>(subcommands),
            Map<PackageFlags>(flagOptions),
            Words(requirementOptions),
            Words(versionOptions),
            clustersShortOptions,
            defaultAction,
            goalsAreOperands);

    private static FrozenSet<string> Words(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, T> Map<T>(string list)
        where T : struct, Enum =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('='))
            .ToFrozenDictionary(
                pair => pair[0],
                pair => Enum.Parse<T>(pair[1]),
                StringComparer.Ordinal);
}

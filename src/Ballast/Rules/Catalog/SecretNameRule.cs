using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL319: an ARG or ENV whose name says it holds a secret. ENV values ship in the
/// image config and ARG values in its history; secrets belong in <c>RUN --mount=type=secret
/// </c>.</summary>
public sealed class SecretNameRule : Rule
{
    private static readonly string[] Markers =
        ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY",
         "ACCESS_KEY", "CREDENTIAL", "AUTH_KEY"];

    // Names that mention a secret without holding one: where it is, not what it is.
    private static readonly string[] Harmless = ["_FILE", "_PATH", "_DIR", "_URL", "_NAME"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL319",
        "Secret passed through ARG or ENV",
        Category.Security,
        Severity.Warning,
        "ENV values are stored in the image config and ARG values in the build history, "
        + "where anyone who pulls the image reads them; use a secret mount.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var globals = context.Model.MetaArgs.Select(pair => ("ARG", pair));
        var perStage = context.Model.ReachableStages
            .SelectMany(stage => stage.OfType<KeyValueInstruction>())
            .Where(instruction => instruction.Name is "ARG" or "ENV")
            .SelectMany(instruction => instruction.Pairs.Select(pair => (instruction.Name, pair)));
        foreach (var (kind, pair) in globals.Concat(perStage))
        {
            if (!LooksSecret(pair.Key))
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"{kind} {pair.Key} looks like a secret and is kept in the image; use "
                + "RUN --mount=type=secret instead.",
                pair.Word.Span);
        }
    }

    /// <summary>True when <paramref name="name"/> reads like a credential's name.</summary>
    internal static bool LooksSecret(string name)
    {
        var upper = name.ToUpperInvariant();
        return Markers.Any(marker => upper.Contains(marker, StringComparison.Ordinal))
            && !Harmless.Any(suffix => upper.EndsWith(suffix, StringComparison.Ordinal));
    }
}

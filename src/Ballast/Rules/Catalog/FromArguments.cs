using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>How FROM sees variables: the meta ARGs declared before the first stage and
/// BuildKit's built-in platform arguments (spec 1.11).</summary>
internal static class FromArguments
{
    private static readonly string[] BuiltIns =
    [
        "BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION", "BUILDARCH", "BUILDVARIANT",
        "TARGETPLATFORM", "TARGETOS", "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT",
        "TARGETSTAGE",
    ];

    /// <summary>Expands <paramref name="word"/> with the declared meta ARGs' defaults only
    /// (no build arguments); built-ins count as declared.</summary>
    public static ExpansionResult ExpandWithDefaults(DockerfileModel model, string word)
    {
        var expander = new VariableExpander(name => Lookup(model, name), model.Syntax.Escape);
        return expander.Expand(word);
    }

    private static string? Lookup(DockerfileModel model, string name)
    {
        var declared = model.MetaArgs.LastOrDefault(arg => arg.Key == name);
        if (declared is not null)
        {
            return declared.Value ?? "";
        }

        return BuiltIns.Contains(name) ? "builtin" : null;
    }
}

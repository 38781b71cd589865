using System.Collections.Immutable;

namespace Ballast.Model;

/// <summary>The variables visible to an instruction: stage ARGs and ENVs. ENV values win over
/// ARG values of the same name, as in BuildKit.</summary>
public sealed record BuildEnvironment(
    ImmutableDictionary<string, string> Args,
    ImmutableDictionary<string, string> Env)
{
    /// <summary>No variables.</summary>
    public static BuildEnvironment Empty { get; } = new(
        ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);

    /// <summary>The value of <paramref name="name"/>, or null when unset.</summary>
    public string? Lookup(string name) =>
        Env.TryGetValue(name, out var env) ? env : Args.GetValueOrDefault(name);

    /// <summary>An expander reading this environment.</summary>
    public VariableExpander Expander(char escape) => new(Lookup, escape);
}

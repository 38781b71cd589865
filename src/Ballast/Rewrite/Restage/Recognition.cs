namespace Ballast.Rewrite.Restage;

/// <summary>A recipe's answer to "is this build yours?".</summary>
/// <param name="Recognised">True when the recipe handles the build.</param>
/// <param name="Reason">Why the recipe does not handle it; empty when it does.</param>
public sealed record Recognition(bool Recognised, string Reason)
{
    /// <summary>The build is the recipe's kind.</summary>
    public static Recognition Yes { get; } = new(true, "");

    /// <summary>The build is not the recipe's kind, because of <paramref name="reason"/>.
    /// </summary>
    public static Recognition No(string reason) => new(false, reason);
}

namespace Ballast.Syntax.Validation;

/// <summary>One flag an instruction accepts.</summary>
/// <param name="Name">The name without dashes; names are case-sensitive.</param>
/// <param name="Kind">How its value is read.</param>
/// <param name="Repeatable">True when the flag may be given more than once.</param>
/// <param name="Check">Validates a value; returns an error message or null.</param>
internal sealed record FlagRule(
    string Name,
    FlagKind Kind,
    bool Repeatable = false,
    Func<string, string?>? Check = null);

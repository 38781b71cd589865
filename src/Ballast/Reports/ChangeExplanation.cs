namespace Ballast.Reports;

/// <summary>One change a fix made and why, one sentence each.</summary>
/// <param name="Change">What changed, such as "Moved gcc into a builder stage."</param>
/// <param name="Reason">Why, such as "It is needed only to compile wheels."</param>
public sealed record ChangeExplanation(string Change, string Reason);

namespace Ballast.Rewrite;

/// <summary>One change a rewrite made and why, each one sentence.</summary>
public sealed record ChangeExplanation(string Change, string Reason);

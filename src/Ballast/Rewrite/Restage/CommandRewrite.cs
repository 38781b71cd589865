namespace Ballast.Rewrite.Restage;

/// <summary>What a recipe did with a CMD or ENTRYPOINT that runs through a build tool.
/// </summary>
/// <param name="Text">The new instruction, or null when it is kept as written.</param>
/// <param name="Change">What was done, or why it was kept.</param>
public sealed record CommandRewrite(string? Text, ChangeExplanation Change);

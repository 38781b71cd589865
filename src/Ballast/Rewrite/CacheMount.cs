namespace Ballast.Rewrite;

/// <summary>The cache mounts added to one RUN, with the sentence explaining them.</summary>
/// <param name="Fix">The edit adding the <c>--mount</c> flags after <c>RUN</c>.</param>
/// <param name="Explanation">What changed and why, for the fix report.</param>
public sealed record CacheMount(Fix Fix, ChangeExplanation Explanation);

namespace Ballast.Model;

/// <summary>What a build would be given: the target stage and the build arguments.</summary>
/// <param name="Target">The <c>--target</c> stage name, or null for the last stage.</param>
/// <param name="BuildArgs">The <c>--build-arg</c> values.</param>
public sealed record ModelOptions(
    string? Target = null,
    IReadOnlyDictionary<string, string>? BuildArgs = null)
{
    /// <summary>No target, no build arguments.</summary>
    public static ModelOptions Default { get; } = new();
}

namespace Ballast.Engines;

/// <summary>A finished build.</summary>
/// <param name="Tag">The tag the image was given.</param>
/// <param name="ImageId">The image id the engine reported (<c>sha256:...</c>).</param>
/// <param name="Duration">Wall-clock time of the build command.</param>
/// <param name="Log">What the engine printed while building (stdout, then stderr).</param>
public sealed record BuildResult(string Tag, string ImageId, TimeSpan Duration, string Log);

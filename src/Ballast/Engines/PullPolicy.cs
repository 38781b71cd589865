namespace Ballast.Engines;

/// <summary>When a build may fetch its base images from a registry.</summary>
public enum PullPolicy
{
    /// <summary>Pull only images not present locally (every engine's default).</summary>
    Missing,

    /// <summary>Always check the registry for a newer image.</summary>
    Always,

    /// <summary>Never contact a registry; a missing base image fails the build.</summary>
    Never,
}

namespace Ballast.Knowledge;

/// <summary>Which flavour of a family's images a tag names.</summary>
public enum Variant
{
    /// <summary>The family's main image: for Debian-based official images, built on
    /// buildpack-deps with compilers and -dev headers.</summary>
    Full,

    /// <summary>A smaller image of the same distro release (python <c>-slim</c>, node
    /// <c>-slim</c>, a Temurin JRE, a .NET runtime image).</summary>
    Slim,

    /// <summary>Built on Alpine Linux (musl libc).</summary>
    Alpine,

    /// <summary>Google's distroless images: no shell, no package manager.</summary>
    Distroless,

    /// <summary>Ubuntu chiseled images (.NET): no shell, no package manager.</summary>
    Chiseled,

    /// <summary>Anything else (Windows, UBI and other bases).</summary>
    Other,
}

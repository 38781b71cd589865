namespace Ballast.Knowledge;

/// <summary>What Ballast knows about one base image tag.</summary>
/// <param name="Repository">The repository without registry, as the catalogue spells it:
/// <c>python</c>, <c>dotnet/sdk</c>, <c>distroless/static-debian12</c>.</param>
/// <param name="Tag">The tag as written (<c>latest</c> when none was).</param>
/// <param name="Family">The image family: <c>python</c>, <c>node</c>, <c>dotnet</c>,
/// <c>distroless</c>, ...</param>
/// <param name="Version">The version part of the tag (<c>3.11.2</c>, <c>8.0</c>); empty for
/// tags without one, such as <c>latest</c> or <c>slim</c>.</param>
/// <param name="Variant">Full, slim, alpine, distroless, chiseled or other.</param>
/// <param name="Distro">The distribution the tag is built on.</param>
/// <param name="Release">The release codename (<c>bullseye</c>, <c>noble</c>) or Alpine
/// version (<c>3.20</c>); empty when unknown.</param>
/// <param name="ReleaseIsCertain">False when the release was resolved from a default that
/// moves over time (a tag without an OS token, or bare <c>-alpine</c>).</param>
/// <param name="ShipsBuildTools">True when compilers are present (gcc, javac, the .NET
/// SDK).</param>
/// <param name="EstimatedCompressedBytes">An estimate of the compressed (pull) size on
/// linux/amd64 from published figures; null when none is known.</param>
public sealed record BaseImageFacts(
    string Repository,
    string Tag,
    string Family,
    string Version,
    Variant Variant,
    Distro Distro,
    string Release,
    bool ReleaseIsCertain,
    bool ShipsBuildTools,
    long? EstimatedCompressedBytes)
{
    /// <summary>True for images whose C library is musl, so glibc binaries do not run.
    /// </summary>
    public bool IsMusl => Distro == Distro.Alpine;
}

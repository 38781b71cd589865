namespace Ballast.Shell.Caches;

/// <summary>What the cache analysis needs to know about the image the RUN runs in.</summary>
/// <param name="HomeDirectory">The home of the user running the RUN, where pip, npm and
/// others keep their caches.</param>
/// <param name="AptArchivesCleanedByBase">
/// True when the base image deletes downloaded .deb files after each install, as the
/// official Debian and Ubuntu images do through <c>/etc/apt/apt.conf.d/docker-clean</c>.
/// </param>
/// <param name="Environment">Variables set by ENV or ARG before the RUN, such as
/// <c>PIP_NO_CACHE_DIR</c> or <c>GOCACHE</c>; null for none.</param>
public sealed record CacheAnalysisSettings(
    string HomeDirectory = "/root",
    bool AptArchivesCleanedByBase = true,
    IReadOnlyDictionary<string, string>? Environment = null)
{
    /// <summary>The settings for root in an official Debian, Ubuntu or language image.
    /// </summary>
    public static CacheAnalysisSettings Default { get; } = new();
}

using Ballast.Shell.Commands;

namespace Ballast.Shell.Caches;

/// <summary>
/// One kind of cache: which commands write it, which package commands clean it, where it
/// is and how to remove it.
/// </summary>
internal sealed record CacheRule(
    PackageManager[] Managers,
    string Description,
    Func<CacheScope, string[]> Paths,
    Func<CacheScope, string> Cleanup,
    Func<PackageCommand, CacheScope, bool> Creates,
    Func<PackageCommand, bool> Cleans)
{
    public bool Applies(PackageCommand command) => Managers.Contains(command.Manager);
}

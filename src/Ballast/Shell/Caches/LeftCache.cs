using Ballast.Shell.Commands;

namespace Ballast.Shell.Caches;

/// <summary>A package manager cache a RUN leaves in its layer.</summary>
/// <param name="Manager">The tool that wrote the cache.</param>
/// <param name="Description">What the cache holds, for messages ("apt package lists").
/// </param>
/// <param name="Path">The directory left behind.</param>
/// <param name="CreatedBy">The first command that wrote it without a later cleanup.</param>
/// <param name="Cleanup">A command to append after <paramref name="CreatedBy"/>'s work that
/// removes it, such as <c>rm -rf /var/lib/apt/lists/*</c>.</param>
public sealed record LeftCache(
    PackageManager Manager,
    string Description,
    string Path,
    ShellCommand CreatedBy,
    string Cleanup);

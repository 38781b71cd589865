namespace Ballast.Images;

/// <summary>The distribution named by the image's <c>os-release</c> file.</summary>
/// <param name="Id">The <c>ID</c> field, such as <c>debian</c> or <c>alpine</c>.</param>
/// <param name="VersionId">The <c>VERSION_ID</c> field, such as <c>12</c> or <c>3.20.3</c>.
/// </param>
/// <param name="VersionCodename">The <c>VERSION_CODENAME</c> field, such as
/// <c>bookworm</c>.</param>
/// <param name="PrettyName">The <c>PRETTY_NAME</c> field.</param>
/// <param name="IdLike">The <c>ID_LIKE</c> field split on spaces.</param>
public sealed record OsRelease(
    string Id,
    string? VersionId,
    string? VersionCodename,
    string? PrettyName,
    IReadOnlyList<string> IdLike);

namespace Ballast.Shell.Commands;

/// <summary>The commands that download files.</summary>
public enum DownloadTool
{
    /// <summary><c>curl</c>.</summary>
    Curl,

    /// <summary><c>wget</c>.</summary>
    Wget,
}

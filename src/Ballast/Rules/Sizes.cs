using System.Globalization;

namespace Ballast.Rules;

/// <summary>Formats byte counts the way messages and reports show them.</summary>
public static class Sizes
{
    /// <summary>Bytes as whole megabytes (10^6), such as <c>330 MB</c>.</summary>
    public static string Megabytes(long bytes) =>
        (bytes / 1_000_000.0).ToString("0", CultureInfo.InvariantCulture) + " MB";
}

namespace Ballast.Vulnerabilities;

/// <summary>
/// The operating system release an image is built on, as OSV names it: Debian by major
/// version (<c>Debian:12</c>), Ubuntu by year and month (<c>Ubuntu:24.04</c>), Alpine by
/// <c>v</c>major.minor (<c>Alpine:v3.20</c>).
/// </summary>
/// <param name="Name">The distribution as OSV spells its ecosystem: <c>Debian</c>,
/// <c>Ubuntu</c>, <c>Alpine</c>.</param>
/// <param name="Version">The release version as the image states it (<c>12.7</c>,
/// <c>24.04</c>, <c>3.20.3</c>).</param>
public sealed record DistributionRelease(string Name, string Version)
{
    /// <summary>The OSV ecosystem of this release's packages, such as <c>Debian:12</c>.</summary>
    public string OsvEcosystem => Name switch
    {
        "Debian" => $"Debian:{Version.Split('.')[0]}",
        "Alpine" => $"Alpine:v{string.Join('.', Version.TrimStart('v').Split('.').Take(2))}",
        _ => $"{Name}:{Version}",
    };

    /// <summary>
    /// Reads <c>Debian 12</c>, <c>debian:12</c> or <c>alpine 3.20.3</c> (an os-release ID and
    /// VERSION_ID joined by a space or colon); false when the text is not of that shape.
    /// </summary>
    public static bool TryParse(string? text, out DistributionRelease? release)
    {
        release = null;
        var parts = (text ?? "").Trim().Split([' ', ':'], 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0
            || parts[1].TrimStart('v') is not [var first, ..] || !char.IsAsciiDigit(first))
        {
            return false;
        }

        var id = parts[0].ToLowerInvariant();
        var name = id switch
        {
            "debian" => "Debian",
            "ubuntu" => "Ubuntu",
            "alpine" => "Alpine",
            _ => char.ToUpperInvariant(id[0]) + id[1..],
        };
        release = new DistributionRelease(name, parts[1]);
        return true;
    }

    /// <summary>
    /// Whether a record's ecosystem names this release. Ubuntu's <c>:LTS</c> marker is
    /// ignored; Ubuntu Pro records are not matched because they apply only to Pro-enabled
    /// systems, which a plain image is not.
    /// </summary>
    public bool Matches(string recordEcosystem)
    {
        if (recordEcosystem.StartsWith("Ubuntu:Pro:", StringComparison.Ordinal))
        {
            return false;
        }

        var trimmed = recordEcosystem.EndsWith(":LTS", StringComparison.Ordinal)
            ? recordEcosystem[..^4]
            : recordEcosystem;
        return string.Equals(trimmed, OsvEcosystem, StringComparison.Ordinal);
    }
}

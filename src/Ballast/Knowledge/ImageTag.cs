namespace Ballast.Knowledge;

/// <summary>A tag split into its version, its OS token and its other words. Families order
/// the words differently (python <c>3.12-slim-bookworm</c>, node <c>20-bookworm-slim</c>,
/// temurin <c>21-jre-alpine-3.21</c>), so words are recognised by what they are, not where
/// they stand.</summary>
/// <param name="Text">The tag as written.</param>
/// <param name="Version">The leading version (<c>3.11.2</c>, <c>27-rc</c>), or empty.</param>
/// <param name="OsToken">The OS word as written (<c>bookworm</c>, <c>alpine3.20</c>,
/// <c>alpine-3.21</c>, <c>alpine</c>), or null.</param>
/// <param name="Distro">The distro the OS word names.</param>
/// <param name="Release">The release the OS word names; empty for bare <c>alpine</c>.</param>
/// <param name="Words">The remaining words, lower case: <c>slim</c>, <c>jre</c>,
/// <c>fpm</c>, <c>chiseled</c>, <c>latest</c>, ...</param>
internal sealed record ImageTag(
    string Text,
    string Version,
    string? OsToken,
    Distro Distro,
    string Release,
    IReadOnlyList<string> Words)
{
    /// <summary>Splits <paramref name="tag"/>; codenames are recognised through
    /// <paramref name="catalog"/>.</summary>
    public static ImageTag Parse(string tag, CatalogTable catalog)
    {
        var tokens = tag.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        var version = "";
        if (tokens.Length > 0 && char.IsAsciiDigit(tokens[0][0]))
        {
            version = tokens[0];
            index = 1;
            if (tokens.Length > 1 && tokens[1] == "rc")
            {
                version += "-rc";
                index = 2;
            }
        }

        string? osToken = null;
        var distro = Distro.Unknown;
        var release = "";
        var words = new List<string>();
        for (; index < tokens.Length; index++)
        {
            var token = tokens[index];
            var os = OperatingSystem(token, catalog);
            if (token == "alpine"
                && index + 1 < tokens.Length
                && IsAlpineVersion(tokens[index + 1]))
            {
                // Temurin spells the Alpine release with a dash: 21-jre-alpine-3.21.
                index++;
                os = (Distro.Alpine, tokens[index]);
                token = "alpine-" + tokens[index];
            }

            if (os is { } found && osToken is null)
            {
                (osToken, distro, release) = (token, found.Distro, found.Release);
            }
            else if (!IsBuildDate(token))
            {
                words.Add(token);
            }
        }

        return new ImageTag(tag, version, osToken, distro, release, words);
    }

    /// <summary>True when the word appears in the tag.</summary>
    public bool Has(string word) => Words.Contains(word, StringComparer.Ordinal);

    private static (Distro Distro, string Release)? OperatingSystem(
        string token,
        CatalogTable catalog)
    {
        if (catalog.Release(token) is { } known)
        {
            return (known.Distro, token);
        }

        if (token == "alpine")
        {
            return (Distro.Alpine, "");
        }

        if (token.StartsWith("alpine", StringComparison.Ordinal) && IsAlpineVersion(token[6..]))
        {
            return (Distro.Alpine, token[6..]);
        }

        return token switch
        {
            _ when token.StartsWith("windowsservercore", StringComparison.Ordinal)
                || token.StartsWith("nanoserver", StringComparison.Ordinal)
                || token.StartsWith("ltsc", StringComparison.Ordinal) => (Distro.Windows, token),
            _ when token.StartsWith("ubi", StringComparison.Ordinal)
                && token.Length > 3 && char.IsAsciiDigit(token[3]) => (Distro.RedHat, token),
            _ when token.StartsWith("oraclelinux", StringComparison.Ordinal) =>
                (Distro.OracleLinux, token),
            _ when token.StartsWith("azurelinux", StringComparison.Ordinal) =>
                (Distro.AzureLinux, token["azurelinux".Length..]),
            _ => null,
        };
    }

    private static bool IsAlpineVersion(string text) =>
        text.Length >= 3
        && char.IsAsciiDigit(text[0])
        && text.Contains('.', StringComparison.Ordinal)
        && text.All(character => char.IsAsciiDigit(character) || character == '.');

    // Debian and Ubuntu publish dated tags (trixie-20260803, jammy-20240111).
    private static bool IsBuildDate(string token) =>
        token.Length == 8 && token.All(char.IsAsciiDigit);
}

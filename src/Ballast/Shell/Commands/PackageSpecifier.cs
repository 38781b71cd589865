namespace Ballast.Shell.Commands;

/// <summary>Splits a package word into name, version operator and version.</summary>
internal static class PackageSpecifier
{
    private static readonly string[] PythonOperators =
        ["===", "==", "~=", "!=", ">=", "<=", ">", "<"];

    private static readonly string[] ComparisonOperators =
        ["==", "~=", "!=", ">=", "<=", "=", "~", ">", "<"];

    private static readonly string[] LocalSuffixes =
        [".deb", ".rpm", ".apk", ".whl", ".tar.gz", ".tgz", ".zip", ".gem", ".nupkg"];

    private static readonly string[] UrlPrefixes =
        ["git+", "git@", "github:", "gitlab:", "bitbucket:", "gist:", "hg+", "svn+", "bzr+"];

    public static PackageArgument Parse(PackageSyntax syntax, ShellWord word)
    {
        string text = word.Value ?? word.Raw;
        if (IsUrl(syntax, text))
        {
            return new PackageArgument(word, text, null, null, PackageOrigin.Url);
        }

        if (IsPath(text))
        {
            return new PackageArgument(word, text, null, null, PackageOrigin.Path);
        }

        (string name, string? op, string? version) = Split(syntax, text);
        return new PackageArgument(word, name, version, op, PackageOrigin.Registry);
    }

    private static (string Name, string? Operator, string? Version) Split(
        PackageSyntax syntax,
        string text) => syntax switch
        {
            PackageSyntax.Debian => SplitDebian(text),
            PackageSyntax.Apk => StripTag(SplitAtOperator(text, ComparisonOperators)),
            PackageSyntax.Rpm => SplitRpm(text),
            PackageSyntax.Zypper or PackageSyntax.Conda =>
                SplitAtOperator(text, ComparisonOperators),
            PackageSyntax.Python => SplitPython(text),
            PackageSyntax.Npm => SplitAt(text, text.IndexOf('@', text.StartsWith('@') ? 1 : 0)),
            PackageSyntax.Colon => SplitAt(text, text.IndexOf(':')),
            PackageSyntax.At => SplitAt(text, text.IndexOf('@')),
            PackageSyntax.Poetry => text.Contains('@') ? SplitAt(text, text.IndexOf('@'))
                : SplitPython(text),
            _ => (text, null, null),
        };

    private static (string, string?, string?) SplitDebian(string text)
    {
        int equals = text.IndexOf('=');
        if (equals > 0)
        {
            return (text[..equals], "=", text[(equals + 1)..]);
        }

        int slash = text.IndexOf('/');
        return slash > 0 ? (text[..slash], "/", text[(slash + 1)..]) : (text, null, null);
    }

    private static (string, string?, string?) SplitRpm(string text)
    {
        // rpm names may hold hyphens and digits (java-17-openjdk); only a hyphen followed
        // by a dotted number starts a version (nginx-1.20.1).
        for (int hyphen = text.IndexOf('-'); hyphen > 0; hyphen = text.IndexOf('-', hyphen + 1))
        {
            if (LooksLikeDottedVersion(text.AsSpan(hyphen + 1)))
            {
                return (text[..hyphen], "-", text[(hyphen + 1)..]);
            }
        }

        return (text, null, null);
    }

    private static bool LooksLikeDottedVersion(ReadOnlySpan<char> rest)
    {
        int digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < rest.Length && rest[digits] == '.'
            && char.IsAsciiDigit(rest[digits + 1]);
    }

    private static (string, string?, string?) SplitPython(string text)
    {
        int marker = text.IndexOf(';');
        string requirement = (marker >= 0 ? text[..marker] : text).Trim();
        (string name, string? op, string? version) =
            SplitAtOperator(requirement, PythonOperators);
        int extras = name.IndexOf('[');
        string bare = (extras >= 0 ? name[..extras] : name).Trim();
        return (bare, op, version?.Trim());
    }

    private static (string, string?, string?) SplitAtOperator(string text, string[] operators)
    {
        int first = text.IndexOfAny(['=', '<', '>', '!', '~']);
        if (first <= 0)
        {
            return (text, null, null);
        }

        foreach (string candidate in operators)
        {
            if (string.CompareOrdinal(text, first, candidate, 0, candidate.Length) == 0)
            {
                return (text[..first], candidate, text[(first + candidate.Length)..]);
            }
        }

        return (text, null, null);
    }

    private static (string, string?, string?) StripTag((string, string?, string?) split)
    {
        int at = split.Item1.IndexOf('@');
        return at > 0 ? (split.Item1[..at], split.Item2, split.Item3) : split;
    }

    private static (string, string?, string?) SplitAt(string text, int separator) =>
        separator > 0 && separator < text.Length - 1
            ? (text[..separator], text[separator].ToString(), text[(separator + 1)..])
            : (text, null, null);

    private static bool IsUrl(PackageSyntax syntax, string text)
    {
        if (text.Contains("://", StringComparison.Ordinal)
            || UrlPrefixes.Any(prefix => text.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return true;
        }

        // npm reads user/repo as a GitHub repository; @scope/name is a registry package.
        return syntax == PackageSyntax.Npm && text.Contains('/') && !text.StartsWith('@')
            && !IsPath(text);
    }

    private static bool IsPath(string text) =>
        text is "." or ".."
        || text.StartsWith("./", StringComparison.Ordinal)
        || text.StartsWith("../", StringComparison.Ordinal)
        || text.StartsWith('/')
        || text.StartsWith("~/", StringComparison.Ordinal)
        || text.StartsWith("file:", StringComparison.Ordinal)
        || LocalSuffixes.Any(suffix => text.EndsWith(suffix, StringComparison.Ordinal));
}

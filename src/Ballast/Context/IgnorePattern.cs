using System.Text;
using System.Text.RegularExpressions;

namespace Ballast.Context;

/// <summary>
/// One line of a <c>.dockerignore</c>, with Docker's matching rules (moby/patternmatcher):
/// the pattern is anchored at the context root; <c>*</c> and <c>?</c> never cross a
/// <c>/</c>; <c>**</c> spans any number of folders, none included; <c>[...]</c> is a
/// character class and <c>\</c> escapes the next character.
/// </summary>
/// <remarks>gitignore rules differ (a name without a slash matches at any depth there), so
/// a gitignore library would exclude files Docker sends.</remarks>
public sealed class IgnorePattern
{
    private readonly Kind kind;
    private readonly string literal;
    private readonly Regex? regex;

    private IgnorePattern(string text, bool isException, int line, Kind kind, string literal,
        Regex? regex)
    {
        Text = text;
        IsException = isException;
        Line = line;
        this.kind = kind;
        this.literal = literal;
        this.regex = regex;
    }

    private enum Kind
    {
        Exact,
        Prefix,
        Suffix,
        Expression,
    }

    /// <summary>The cleaned pattern, without its <c>!</c>.</summary>
    public string Text { get; }

    /// <summary>True for a <c>!pattern</c> line, which sends matching files again.</summary>
    public bool IsException { get; }

    /// <summary>The 1-based line of the pattern in its file.</summary>
    public int Line { get; }

    /// <summary>Compiles <paramref name="cleaned"/> (already cleaned, without <c>!</c>), or
    /// returns null when it is not a valid pattern.</summary>
    public static IgnorePattern? Compile(string cleaned, bool isException, int line)
    {
        var (kind, expression) = Translate(cleaned);
        if (kind != Kind.Expression)
        {
            var literal = kind switch
            {
                Kind.Prefix => cleaned[..^2],
                Kind.Suffix => cleaned[2..],
                _ => cleaned,
            };
            return new IgnorePattern(cleaned, isException, line, kind, literal, null);
        }

        try
        {
            var regex = new Regex(expression, RegexOptions.CultureInvariant);
            return new IgnorePattern(cleaned, isException, line, kind, cleaned, regex);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when the pattern matches <paramref name="path"/> itself (a cleaned,
    /// slash-separated path relative to the context root).</summary>
    public bool Matches(string path) => kind switch
    {
        Kind.Exact => path == literal,
        Kind.Prefix => path.StartsWith(literal, StringComparison.Ordinal),
        Kind.Suffix => path.EndsWith(literal, StringComparison.Ordinal)
            || (literal.StartsWith('/') && path == literal[1..]),
        _ => regex!.IsMatch(path),
    };

    /// <summary>True when the pattern matches <paramref name="path"/> or one of the folders
    /// above it: excluding a folder excludes what is inside.</summary>
    public bool MatchesOrParent(string path)
    {
        if (Matches(path))
        {
            return true;
        }

        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (Matches(path[..slash]))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => IsException ? "!" + Text : Text;

    // Mirrors patternmatcher's compile step, including which shortcut it takes: a pattern
    // that is only literal text with a leading or trailing ** is a plain string test.
    private static (Kind Kind, string Expression) Translate(string pattern)
    {
        var builder = new StringBuilder("^");
        var kind = Kind.Exact;
        for (var index = 0; index < pattern.Length; index++)
        {
            var first = index == 0;
            var c = pattern[index];
            if (c == '*' && index + 1 < pattern.Length && pattern[index + 1] == '*')
            {
                index++;
                if (index + 1 < pattern.Length && pattern[index + 1] == '/')
                {
                    index++;
                }

                if (index + 1 >= pattern.Length)
                {
                    kind = kind == Kind.Exact ? Kind.Prefix : Kind.Expression;
                    builder.Append(kind == Kind.Expression ? ".*" : "");
                }
                else
                {
                    builder.Append("(.*/)?");
                    kind = Kind.Expression;
                }

                kind = first ? Kind.Suffix : kind;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
                kind = Kind.Expression;
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
                kind = Kind.Expression;
            }
            else if (c is '.' or '+' or '(' or ')' or '|' or '{' or '}' or '$')
            {
                builder.Append('\\').Append(c);
            }
            else if (c == '\\')
            {
                if (index + 1 < pattern.Length)
                {
                    builder.Append('\\').Append(pattern[++index]);
                    kind = Kind.Expression;
                }
                else
                {
                    builder.Append(@"\\");
                }
            }
            else if (c is '[' or ']')
            {
                builder.Append(c);
                kind = Kind.Expression;
            }
            else
            {
                builder.Append(c);
            }
        }

        return (kind, builder.Append('$').ToString());
    }
}

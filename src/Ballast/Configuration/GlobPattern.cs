using System.Text;
using System.Text.RegularExpressions;

namespace Ballast.Configuration;

/// <summary>A path pattern as teams write them in configuration: <c>*</c> matches within a
/// folder name, <c>**</c> any number of folders, <c>?</c> one character. A pattern without
/// a slash matches the file name in any folder, as in .gitignore.</summary>
public sealed class GlobPattern
{
    private readonly Regex regex;

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    public GlobPattern(string pattern)
    {
        Text = pattern;
        var body = pattern.TrimStart('/');
        var anywhere = !pattern.Contains('/');
        regex = new Regex((anywhere ? "^(.*/)?" : "^") + Translate(body) + "$",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>True when <paramref name="path"/>, relative and with <c>/</c> separators,
    /// matches.</summary>
    public bool Matches(string path) => regex.IsMatch(path);

    private static string Translate(string pattern)
    {
        var builder = new StringBuilder();
        for (var index = 0; index < pattern.Length; index++)
        {
            var letter = pattern[index];
            if (letter == '*' && index + 1 < pattern.Length && pattern[index + 1] == '*')
            {
                var slash = index + 2 < pattern.Length && pattern[index + 2] == '/';
                builder.Append(slash ? "(.*/)?" : ".*");
                index += slash ? 2 : 1;
                continue;
            }

            builder.Append(letter switch
            {
                '*' => "[^/]*",
                '?' => "[^/]",
                _ => Regex.Escape(letter.ToString()),
            });
        }

        return builder.ToString();
    }
}

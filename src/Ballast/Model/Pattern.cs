using System.Text;
using System.Text.RegularExpressions;

namespace Ballast.Model;

/// <summary>A shell pattern of BuildKit's substitutions: <c>*</c> and <c>?</c>, with
/// <c>\*</c>, <c>\?</c> and <c>\\</c> as escapes; no bracket expressions.</summary>
internal sealed class Pattern
{
    private readonly Regex whole;
    private readonly Regex anywhere;

    private Pattern(string regex)
    {
        whole = new Regex("^(?:" + regex + ")$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant);
        anywhere = new Regex(regex, RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    public static Pattern Compile(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '\\')
            {
                if (i + 1 >= glob.Length || glob[i + 1] is not ('*' or '?' or '\\'))
                {
                    throw new ArgumentException("invalid escape in pattern");
                }

                regex.Append(Regex.Escape(glob[++i].ToString()));
                continue;
            }

            regex.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Pattern(regex.ToString());
    }

    public bool IsMatch(string value) => whole.IsMatch(value);

    public string Replace(string value, string replacement, bool all) =>
        all
            ? anywhere.Replace(value, replacement.Replace("$", "$$", StringComparison.Ordinal))
            : anywhere.Replace(value, replacement.Replace("$", "$$", StringComparison.Ordinal), 1);
}

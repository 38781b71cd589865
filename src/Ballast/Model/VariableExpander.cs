using System.Text;

namespace Ballast.Model;

/// <summary>
/// Expands <c>$name</c> and <c>${...}</c> in instruction words the way BuildKit's shell lexer
/// does (spec 1.12): quotes and the escape character are removed, unset names expand to
/// nothing and are recorded, and malformed words give BuildKit's error.
/// </summary>
public sealed class VariableExpander
{
    private readonly Func<string, string?> lookup;
    private readonly char escape;

    /// <summary>Expands against <paramref name="lookup"/>, which returns null for unset
    /// names, with <paramref name="escape"/> as the escape character.</summary>
    public VariableExpander(Func<string, string?> lookup, char escape = '\\')
    {
        this.lookup = lookup;
        this.escape = escape;
    }

    /// <summary>Expands one word, removing quotes.</summary>
    public ExpansionResult Expand(string word) => Expand(word, removeQuotes: true);

    /// <summary>Expands one word; with <paramref name="removeQuotes"/> false quotes are kept,
    /// as for heredoc bodies.</summary>
    public ExpansionResult Expand(string word, bool removeQuotes)
    {
        var run = new Run(this, word, removeQuotes);
        try
        {
            var value = run.Word();
            return new ExpansionResult(value, run.Unset, null);
        }
        catch (Exception error) when (error is ExpansionException or ArgumentException)
        {
            return new ExpansionResult(word, run.Unset, $"failed to process \"{word}\": "
                + error.Message);
        }
    }

    private sealed class ExpansionException(string message) : Exception(message);

    private sealed class Run(VariableExpander owner, string text, bool removeQuotes)
    {
        private int position;

        public List<string> Unset { get; } = [];

        private bool AtEnd => position >= text.Length;

        private char Peek => text[position];

        public string Word()
        {
            var builder = new StringBuilder();
            while (!AtEnd)
            {
                var c = Peek;
                if (c == '\'' && removeQuotes)
                {
                    builder.Append(SingleQuoted());
                }
                else if (c == '"' && removeQuotes)
                {
                    builder.Append(DoubleQuoted());
                }
                else if (c == '$')
                {
                    builder.Append(Dollar());
                }
                else if (c == owner.escape && removeQuotes)
                {
                    position++;
                    if (!AtEnd)
                    {
                        builder.Append(text[position++]);
                    }
                }
                else
                {
                    builder.Append(c);
                    position++;
                }
            }

            return builder.ToString();
        }

        private string SingleQuoted()
        {
            position++;
            var end = text.IndexOf('\'', position);
            if (end < 0)
            {
                throw new ExpansionException(
                    "unexpected end of statement while looking for matching single-quote");
            }

            var value = text[position..end];
            position = end + 1;
            return value;
        }

        private string DoubleQuoted()
        {
            var builder = new StringBuilder();
            position++;
            while (!AtEnd)
            {
                var c = Peek;
                if (c == '"')
                {
                    position++;
                    return builder.ToString();
                }

                if (c == '$')
                {
                    builder.Append(Dollar());
                    continue;
                }

                if (c == owner.escape && position + 1 < text.Length
                    && text[position + 1] is '"' or '$' || c == owner.escape
                    && position + 1 < text.Length && text[position + 1] == owner.escape)
                {
                    builder.Append(text[position + 1]);
                    position += 2;
                    continue;
                }

                builder.Append(c);
                position++;
            }

            throw new ExpansionException(
                "unexpected end of statement while looking for matching double-quote");
        }

        private string Dollar()
        {
            position++;
            if (AtEnd)
            {
                return "$";
            }

            if (Peek == '{')
            {
                position++;
                return Braced();
            }

            var name = Name();
            if (name.Length == 0)
            {
                return "$";
            }

            return Value(name) ?? "";
        }

        private string Name()
        {
            if (AtEnd)
            {
                return "";
            }

            var start = position;
            if (char.IsAsciiDigit(Peek))
            {
                while (!AtEnd && char.IsAsciiDigit(Peek))
                {
                    position++;
                }

                return text[start..position];
            }

            if (Peek is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
            {
                position++;
                return text[start..position];
            }

            while (!AtEnd && (char.IsAsciiLetterOrDigit(Peek) || Peek == '_'))
            {
                position++;
            }

            return text[start..position];
        }

        private string? Value(string name)
        {
            if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
            {
                // Positional and special parameters are always unset in a Dockerfile.
                return null;
            }

            var value = owner.lookup(name);
            if (value is null)
            {
                Unset.Add(name);
            }

            return value;
        }

        private string Braced()
        {
            if (AtEnd)
            {
                throw new ExpansionException("syntax error: missing '}'");
            }

            if (Peek is '}' or ':' or '{')
            {
                throw new ExpansionException("syntax error: bad substitution");
            }

            var name = Name();
            if (name.Length == 0)
            {
                throw new ExpansionException("syntax error: bad substitution");
            }

            if (AtEnd)
            {
                throw new ExpansionException("syntax error: missing '}'");
            }

            if (Peek == '}')
            {
                position++;
                return Value(name) ?? "";
            }

            return Modified(name);
        }

        private string Modified(string name)
        {
            var colon = Peek == ':';
            if (colon)
            {
                position++;
            }

            if (AtEnd)
            {
                throw new ExpansionException("syntax error: missing '}'");
            }

            var modifier = text[position++];
            if (modifier == '/')
            {
                return Replace(name);
            }

            var argument = ModifierWord(keepEscapes: modifier is '#' or '%');
            var value = Value(name);
            var unset = colon ? string.IsNullOrEmpty(value) : value is null;
            switch (modifier)
            {
                case '-':
                    return unset ? argument : value!;
                case '+':
                    return unset ? "" : argument;
                case '?':
                    if (unset)
                    {
                        var reason = argument.Length > 0 ? argument
                            : colon ? "is not allowed to be unset or empty"
                            : "is not allowed to be unset";
                        throw new ExpansionException($"{name}: {reason}");
                    }

                    return value!;
                case '#' or '%' when colon:
                    throw new ExpansionException(
                        $"unsupported modifier (:{modifier}) in substitution");
                case '#':
                    return TrimPrefix(value ?? "", argument);
                case '%':
                    return TrimSuffix(value ?? "", argument);
                default:
                    throw new ExpansionException(
                        $"unsupported modifier ({modifier}) in substitution");
            }
        }

        private string TrimPrefix(string value, string argument)
        {
            var longest = argument.StartsWith('#');
            var pattern = Pattern.Compile(longest ? argument[1..] : argument);
            var lengths = Enumerable.Range(0, value.Length + 1);
            foreach (var length in longest ? lengths.Reverse() : lengths)
            {
                if (pattern.IsMatch(value[..length]))
                {
                    return value[length..];
                }
            }

            return value;
        }

        private string TrimSuffix(string value, string argument)
        {
            var longest = argument.StartsWith('%');
            var pattern = Pattern.Compile(longest ? argument[1..] : argument);
            var starts = Enumerable.Range(0, value.Length + 1);
            foreach (var start in longest ? starts : starts.Reverse())
            {
                if (pattern.IsMatch(value[start..]))
                {
                    return value[..start];
                }
            }

            return value;
        }

        private string Replace(string name)
        {
            var all = !AtEnd && Peek == '/';
            if (all)
            {
                position++;
            }

            var patternText = ModifierWord(keepEscapes: true, stopAtSlash: true);
            var replacement = LastStopWasSlash ? ModifierWord(keepEscapes: false) : "";
            var value = Value(name) ?? "";
            return Pattern.Compile(patternText).Replace(value, replacement, all);
        }

        private bool LastStopWasSlash { get; set; }

        private string ModifierWord(bool keepEscapes, bool stopAtSlash = false)
        {
            var builder = new StringBuilder();
            LastStopWasSlash = false;
            while (!AtEnd)
            {
                var c = Peek;
                if (c == '}')
                {
                    position++;
                    return builder.ToString();
                }

                if (stopAtSlash && c == '/')
                {
                    position++;
                    LastStopWasSlash = true;
                    return builder.ToString();
                }

                if (c == '$')
                {
                    builder.Append(Dollar());
                }
                else if (c == owner.escape && position + 1 < text.Length)
                {
                    // Pattern escapes stay escaped so the pattern reader can tell \* from *.
                    if (keepEscapes)
                    {
                        builder.Append('\\');
                    }

                    builder.Append(text[position + 1]);
                    position += 2;
                }
                else if (c == '\'' && removeQuotes)
                {
                    builder.Append(SingleQuoted());
                }
                else if (c == '"' && removeQuotes)
                {
                    builder.Append(DoubleQuoted());
                }
                else
                {
                    builder.Append(c);
                    position++;
                }
            }

            throw new ExpansionException("syntax error: missing '}'");
        }
    }
}

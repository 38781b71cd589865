using System.Globalization;
using System.Text;

namespace Ballast.Syntax;

/// <summary>
/// Reads the JSON (exec) form of an instruction the way Go's encoding/json does for
/// BuildKit: an array of strings, or nothing. A well-formed array with a non-string element
/// is an error; any other failure means the shell form applies.
/// </summary>
internal static class JsonArrayReader
{
    public enum Outcome
    {
        NotJson,
        Strings,
        NonStringElement,
    }

    public static Outcome Read(string text, out List<string> values)
    {
        values = [];
        var reader = new Cursor(text);
        reader.SkipSpace();
        if (!reader.Take('['))
        {
            return Outcome.NotJson;
        }

        var nonString = false;
        reader.SkipSpace();
        if (!reader.Take(']'))
        {
            while (true)
            {
                reader.SkipSpace();
                if (reader.Peek == '"')
                {
                    if (!reader.ReadString(out var value))
                    {
                        return Outcome.NotJson;
                    }

                    values.Add(value);
                }
                else if (reader.SkipValue())
                {
                    nonString = true;
                }
                else
                {
                    return Outcome.NotJson;
                }

                reader.SkipSpace();
                if (reader.Take(']'))
                {
                    break;
                }

                if (!reader.Take(','))
                {
                    return Outcome.NotJson;
                }
            }
        }

        reader.SkipSpace();
        if (!reader.AtEnd)
        {
            return Outcome.NotJson;
        }

        return nonString ? Outcome.NonStringElement : Outcome.Strings;
    }

    private sealed class Cursor(string text)
    {
        private int position;

        public bool AtEnd => position >= text.Length;

        public char Peek => AtEnd ? '\0' : text[position];

        public void SkipSpace()
        {
            while (!AtEnd && Peek is ' ' or '\t' or '\n' or '\r')
            {
                position++;
            }
        }

        public bool Take(char c)
        {
            if (Peek != c || AtEnd)
            {
                return false;
            }

            position++;
            return true;
        }

        public bool ReadString(out string value)
        {
            var builder = new StringBuilder();
            value = "";
            position++;
            while (!AtEnd)
            {
                var c = text[position++];
                if (c == '"')
                {
                    value = builder.ToString();
                    return true;
                }

                if (c < ' ')
                {
                    return false;
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (AtEnd || !AppendEscape(builder))
                {
                    return false;
                }
            }

            return false;
        }

        private bool AppendEscape(StringBuilder builder)
        {
            var e = text[position++];
            switch (e)
            {
                case '"' or '\\' or '/':
                    builder.Append(e);
                    return true;
                case 'b':
                    builder.Append('\b');
                    return true;
                case 'f':
                    builder.Append('\f');
                    return true;
                case 'n':
                    builder.Append('\n');
                    return true;
                case 'r':
                    builder.Append('\r');
                    return true;
                case 't':
                    builder.Append('\t');
                    return true;
                case 'u' when position + 4 <= text.Length
                    && int.TryParse(text.AsSpan(position, 4), NumberStyles.HexNumber,
                        CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    position += 4;
                    return true;
                default:
                    return false;
            }
        }

        public bool SkipValue()
        {
            var start = position;
            if (Peek == '[' || Peek == '{')
            {
                return SkipNested();
            }

            while (!AtEnd && (char.IsLetterOrDigit(Peek) || Peek is '-' or '+' or '.'))
            {
                position++;
            }

            var literal = text[start..position];
            return literal is "true" or "false" or "null"
                || double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture,
                    out _);
        }

        private bool SkipNested()
        {
            var depth = 0;
            while (!AtEnd)
            {
                var c = text[position];
                if (c == '"')
                {
                    if (!ReadString(out _))
                    {
                        return false;
                    }

                    continue;
                }

                position++;
                if (c is '[' or '{')
                {
                    depth++;
                }
                else if (c is ']' or '}' && --depth == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

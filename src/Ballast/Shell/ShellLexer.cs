using System.Text;
using Ballast.Text;

namespace Ballast.Shell;

/// <summary>
/// Splits a range of a script into words and operators as a POSIX shell does, working out
/// each word's value after quote removal and where its substitutions are.
/// </summary>
internal sealed class ShellLexer
{
    private const int MaximumDepth = 48;

    // Longest first, so that "<<-" is not read as "<<" followed by "-".
    private static readonly string[] Operators =
    [
        ";;&", "&>>", "<<<", "<<-",
        "&&", "||", ";;", ";&", "|&", "&>", ">>", ">|", ">&", "<<", "<&", "<>",
        ">", "<", "|", "&", ";", "(", ")",
    ];

    private readonly string text;
    private readonly int end;
    private readonly TextSpan? forcedSpan;
    private readonly List<ShellDiagnostic> diagnostics;
    private readonly int depth;
    private readonly IReadOnlyDictionary<string, string>? variables;
    private readonly List<ShellToken> tokens = [];
    private readonly List<PendingHeredoc> pending = [];
    private readonly StringBuilder value = new();
    private readonly List<TextSpan> substitutions = [];
    private readonly List<(int Start, int End)> splittable = [];
    private bool hasExpansion;
    private bool unknownExpansion;
    private bool expectDelimiter;
    private bool stripTabs;
    private int position;

    public ShellLexer(
        string text,
        int start,
        int end,
        TextSpan? forcedSpan,
        List<ShellDiagnostic> diagnostics,
        int depth,
        IReadOnlyDictionary<string, string>? variables = null)
    {
        this.text = text;
        this.end = end;
        this.forcedSpan = forcedSpan;
        this.diagnostics = diagnostics;
        this.depth = depth;
        this.variables = variables;
        position = start;
    }

    /// <summary>Reads every token up to the end of the range, then an end token.</summary>
    public List<ShellToken> Lex()
    {
        while (NextToken())
        {
        }

        Add(ShellTokenKind.End, end, end, string.Empty);
        return tokens;
    }

    /// <summary>
    /// Reads tokens until the <c>)</c> that closes a <c>$(</c> opened just before the range
    /// and returns its offset, or -1 when the range ends first.
    /// </summary>
    public int FindClosingParenthesis()
    {
        int parentheses = 0;
        int cases = 0;
        while (true)
        {
            int count = tokens.Count;
            if (!NextToken())
            {
                return -1;
            }

            if (tokens.Count == count)
            {
                continue;
            }

            ShellToken token = tokens[^1];
            if (token.IsWord("case"))
            {
                cases++;
            }
            else if (token.IsWord("esac") && cases > 0)
            {
                cases--;
            }
            else if (token.IsOperator("("))
            {
                parentheses++;
            }
            else if (token.IsOperator(")"))
            {
                // Inside case ... esac a ")" closes a pattern, not the substitution.
                if (parentheses > 0)
                {
                    parentheses--;
                }
                else if (cases == 0)
                {
                    return token.Range.Start;
                }
            }
        }
    }

    private bool NextToken()
    {
        SkipBlanks();
        if (position >= end)
        {
            return false;
        }

        char current = text[position];
        if (current == '#')
        {
            SkipComment();
        }
        else if (current == '\n')
        {
            Add(ShellTokenKind.Newline, position, position + 1, "\n");
            position++;
            ReadHeredocBodies();
        }
        else if (current == '(' && Peek(1) == '(')
        {
            LexArithmeticCommand();
        }
        else if (IsOperatorStart(current))
        {
            LexOperator();
        }
        else
        {
            LexWord();
        }

        return true;
    }

    private void SkipBlanks()
    {
        while (position < end)
        {
            char current = text[position];
            if (current is ' ' or '\t' or '\r')
            {
                position++;
            }
            else if (current == '\\' && Peek(1) == '\n')
            {
                position += 2;
            }
            else
            {
                return;
            }
        }
    }

    private void SkipComment()
    {
        while (position < end && text[position] != '\n')
        {
            position++;
        }
    }

    private void LexOperator()
    {
        foreach (string candidate in Operators)
        {
            if (position + candidate.Length <= end
                && string.CompareOrdinal(text, position, candidate, 0, candidate.Length) == 0)
            {
                Add(ShellTokenKind.Operator, position, position + candidate.Length, candidate);
                position += candidate.Length;
                if (candidate is "<<" or "<<-")
                {
                    expectDelimiter = true;
                    stripTabs = candidate == "<<-";
                }

                return;
            }
        }
    }

    private void LexArithmeticCommand()
    {
        int start = position;
        SkipArithmetic(position + 2);
        Add(ShellTokenKind.Arithmetic, start, position, text[start..position]);
    }

    private void LexWord()
    {
        int start = position;
        value.Clear();
        substitutions.Clear();
        hasExpansion = false;
        unknownExpansion = false;
        splittable.Clear();
        while (position < end)
        {
            if (text[position] == '(' && IsArrayAssignment(start))
            {
                SkipBalanced('(', ')');
                MarkUnknownExpansion();
                continue;
            }

            if (IsBlank(text[position]) || IsOperatorStart(text[position]))
            {
                break;
            }

            ScanWordPart();
        }

        string raw = text[start..position];
        if (IsDigits(raw) && position < end && text[position] is '<' or '>')
        {
            Add(ShellTokenKind.IoNumber, start, position, raw);
            return;
        }

        string? wordValue = unknownExpansion ? null : value.ToString();
        var word = new ShellWord(
            MakeSpan(start, position), raw, wordValue, hasExpansion, forcedSpan is not null);
        bool isDelimiter = expectDelimiter;
        Add(ShellTokenKind.Word, start, position, raw, word, [.. substitutions]);
        tokens[^1].Fields = wordValue is null || splittable.Count == 0
            ? null
            : FieldSplitter.Split(word, wordValue, splittable);
        if (isDelimiter)
        {
            string delimiter = value.ToString();
            pending.Add(new PendingHeredoc(tokens.Count - 1, delimiter, stripTabs));
        }
    }

    private void ScanWordPart()
    {
        switch (text[position])
        {
            case '\\':
                ScanEscape();
                break;
            case '\'':
                ScanSingleQuoted();
                break;
            case '"':
                ScanDoubleQuoted();
                break;
            case '$':
                ScanDollar(quoted: false);
                break;
            case '`':
                ScanBacktick();
                break;
            default:
                value.Append(text[position]);
                position++;
                break;
        }
    }

    private void ScanEscape()
    {
        if (position + 1 >= end)
        {
            value.Append('\\');
            position++;
            return;
        }

        // A backslash before a newline joins the lines; it adds nothing to the word.
        if (text[position + 1] != '\n')
        {
            value.Append(text[position + 1]);
        }

        position += 2;
    }

    private void ScanSingleQuoted()
    {
        int open = position;
        int close = text.IndexOf('\'', open + 1, end - open - 1);
        if (close < 0)
        {
            Report("This single quote is never closed.", open, open + 1);
            value.Append(text, open + 1, end - open - 1);
            position = end;
            return;
        }

        value.Append(text, open + 1, close - open - 1);
        position = close + 1;
    }

    private void ScanDoubleQuoted()
    {
        int open = position;
        position++;
        while (position < end)
        {
            char current = text[position];
            if (current == '"')
            {
                position++;
                return;
            }

            if (current == '\\')
            {
                ScanEscapeInDoubleQuotes();
            }
            else if (current == '$')
            {
                ScanDollar(quoted: true);
            }
            else if (current == '`')
            {
                ScanBacktick();
            }
            else
            {
                value.Append(current);
                position++;
            }
        }

        Report("This double quote is never closed.", open, open + 1);
    }

    private void ScanEscapeInDoubleQuotes()
    {
        char next = Peek(1);
        if (next == '\n')
        {
            position += 2;
            return;
        }

        // Inside double quotes a backslash only escapes these; elsewhere it stays.
        if (next is '$' or '`' or '"' or '\\')
        {
            value.Append(next);
            position += 2;
            return;
        }

        value.Append('\\');
        position++;
    }

    private void ScanDollar(bool quoted)
    {
        char next = Peek(1);
        if (next == '(')
        {
            if (Peek(2) == '(')
            {
                SkipArithmetic(position + 3);
                MarkUnknownExpansion();
                return;
            }

            ScanCommandSubstitution();
            return;
        }

        if (next == '{')
        {
            ScanBracedParameter(quoted);
            return;
        }

        if (!quoted && next == '\'')
        {
            ScanAnsiCQuoted();
            return;
        }

        if (!quoted && next == '"')
        {
            position++;
            ScanDoubleQuoted();
            return;
        }

        ScanSimpleParameter(next, quoted);
    }

    private void ScanSimpleParameter(char next, bool quoted)
    {
        if (char.IsAsciiLetter(next) || next == '_')
        {
            int nameStart = position + 1;
            position += 2;
            while (position < end
                && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            Expand(text[nameStart..position], quoted);
            return;
        }

        if (char.IsAsciiDigit(next) || next is '@' or '*' or '#' or '?' or '-' or '$' or '!')
        {
            position += 2;
            MarkUnknownExpansion();
            return;
        }

        value.Append('$');
        position++;
    }

    private void ScanCommandSubstitution()
    {
        int open = position;
        int innerStart = position + 2;
        MarkUnknownExpansion();
        if (depth >= MaximumDepth)
        {
            Report("Substitutions are nested too deeply to follow.", open, end);
            position = end;
            return;
        }

        var inner = new ShellLexer(text, innerStart, end, forcedSpan, [], depth + 1);
        int close = inner.FindClosingParenthesis();
        if (close < 0)
        {
            Report("This $( is never closed.", open, open + 2);
            substitutions.Add(TextSpan.FromBounds(innerStart, end));
            position = end;
            return;
        }

        substitutions.Add(TextSpan.FromBounds(innerStart, close));
        position = close + 1;
    }

    private void ScanBacktick()
    {
        int open = position;
        MarkUnknownExpansion();
        for (int at = open + 1; at < end; at++)
        {
            if (text[at] == '\\')
            {
                at++;
            }
            else if (text[at] == '`')
            {
                substitutions.Add(TextSpan.FromBounds(open + 1, at));
                position = at + 1;
                return;
            }
        }

        Report("This backtick is never closed.", open, open + 1);
        substitutions.Add(TextSpan.FromBounds(open + 1, end));
        position = end;
    }

    private void ScanBracedParameter(bool quoted)
    {
        int open = position;
        position += 2;
        int braces = 1;
        while (position < end)
        {
            char current = text[position];
            if (current == '\\')
            {
                position += 2;
                continue;
            }

            if (current is '\'' or '"')
            {
                SkipQuoted(current);
                continue;
            }

            position++;
            if (current == '{')
            {
                braces++;
            }
            else if (current == '}' && --braces == 0)
            {
                Expand(text[(open + 2)..(position - 1)], quoted);
                return;
            }
        }

        MarkUnknownExpansion();
        position = end;
        Report("This ${ is never closed.", open, open + 2);
    }

    private void ScanAnsiCQuoted()
    {
        int open = position;
        position += 2;
        while (position < end)
        {
            char current = text[position];
            if (current == '\'')
            {
                position++;
                return;
            }

            if (current == '\\' && position + 1 < end)
            {
                value.Append(DecodeAnsiC(text[position + 1]));
                position += 2;
                continue;
            }

            value.Append(current);
            position++;
        }

        Report("This $' quote is never closed.", open, open + 2);
    }

    private static string DecodeAnsiC(char escaped) => escaped switch
    {
        'n' => "\n",
        't' => "\t",
        'r' => "\r",
        'a' => "\a",
        'e' or 'E' => "\u001b",
        '\\' or '\'' or '"' or '?' => escaped.ToString(),
        // Limitation: numeric escapes (\xHH, \0NNN, \uHHHH) are kept as written.
        _ => "\\" + escaped,
    };

    private void SkipQuoted(char quote)
    {
        int close = text.IndexOf(quote, position + 1, end - position - 1);
        position = close < 0 ? end : close + 1;
    }

    private void SkipArithmetic(int from)
    {
        int open = position;
        int parentheses = 2;
        position = from;
        while (position < end)
        {
            char current = text[position++];
            if (current == '(')
            {
                parentheses++;
            }
            else if (current == ')' && --parentheses == 0)
            {
                return;
            }
        }

        Report("This arithmetic expression is never closed.", open, Math.Min(open + 2, end));
    }

    private void SkipBalanced(char open, char close)
    {
        int start = position;
        int level = 0;
        while (position < end)
        {
            char current = text[position];
            if (current is '\'' or '"')
            {
                SkipQuoted(current);
                continue;
            }

            position++;
            if (current == open)
            {
                level++;
            }
            else if (current == close && --level == 0)
            {
                return;
            }
        }

        Report($"This '{open}' is never closed.", start, start + 1);
    }

    private void ReadHeredocBodies()
    {
        foreach (PendingHeredoc heredoc in pending)
        {
            ReadHeredocBody(heredoc);
        }

        pending.Clear();
    }

    private void ReadHeredocBody(PendingHeredoc heredoc)
    {
        int bodyStart = position;
        while (position < end)
        {
            int lineEnd = text.IndexOf('\n', position, end - position);
            if (lineEnd < 0)
            {
                lineEnd = end;
            }

            ReadOnlySpan<char> line = text.AsSpan(position, lineEnd - position);
            if (heredoc.StripTabs)
            {
                line = line.TrimStart('\t');
            }

            if (line.SequenceEqual(heredoc.Delimiter))
            {
                tokens[heredoc.TokenIndex].HeredocBody = MakeSpan(bodyStart, position);
                position = Math.Min(lineEnd + 1, end);
                return;
            }

            position = Math.Min(lineEnd + 1, end);
        }

        ShellToken delimiter = tokens[heredoc.TokenIndex];
        tokens[heredoc.TokenIndex].HeredocBody = MakeSpan(bodyStart, end);
        diagnostics.Add(new ShellDiagnostic(
            $"The here-document ended by '{heredoc.Delimiter}' is never closed.",
            delimiter.Span));
    }

    private void Add(
        ShellTokenKind kind,
        int start,
        int stop,
        string tokenText,
        ShellWord? word = null,
        IReadOnlyList<TextSpan>? wordSubstitutions = null)
    {
        if (kind != ShellTokenKind.Word)
        {
            expectDelimiter = false;
        }

        tokens.Add(new ShellToken
        {
            Kind = kind,
            Span = MakeSpan(start, stop),
            Range = TextSpan.FromBounds(start, stop),
            Text = tokenText,
            Word = word,
            Substitutions = wordSubstitutions ?? [],
        });
        if (kind == ShellTokenKind.Word)
        {
            expectDelimiter = false;
        }
    }

    private void MarkUnknownExpansion()
    {
        hasExpansion = true;
        unknownExpansion = true;
    }

    /// <summary>
    /// Appends the value of a plain <c>$NAME</c> or <c>${NAME}</c> the caller knows (from
    /// ENV or ARG); an unquoted one may split into several words.
    /// </summary>
    private void Expand(string name, bool quoted)
    {
        hasExpansion = true;
        if (variables is null || !ShellNames.IsName(name)
            || !variables.TryGetValue(name, out string? known))
        {
            unknownExpansion = true;
            return;
        }

        int start = value.Length;
        value.Append(known);
        if (!quoted)
        {
            splittable.Add((start, value.Length));
        }
    }

    private void Report(string message, int start, int stop) =>
        diagnostics.Add(new ShellDiagnostic(message, MakeSpan(start, stop)));

    private TextSpan MakeSpan(int start, int stop) =>
        forcedSpan ?? TextSpan.FromBounds(start, stop);

    private char Peek(int ahead) =>
        position + ahead < end ? text[position + ahead] : '\0';

    private bool IsArrayAssignment(int start)
    {
        int equals = position - 1;
        if (equals <= start || text[equals] != '=')
        {
            return false;
        }

        int nameEnd = text[equals - 1] == '+' ? equals - 1 : equals;
        return ShellNames.IsName(text.AsSpan(start, nameEnd - start));
    }

    private static bool IsBlank(char current) => current is ' ' or '\t' or '\r' or '\n';

    private static bool IsOperatorStart(char current) =>
        current is ';' or '&' or '|' or '<' or '>' or '(' or ')';

    private static bool IsDigits(string raw) =>
        raw.Length is > 0 and < 4 && raw.All(char.IsAsciiDigit);

    private sealed record PendingHeredoc(int TokenIndex, string Delimiter, bool StripTabs);
}

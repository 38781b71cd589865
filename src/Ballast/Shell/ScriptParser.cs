using System.Collections.Frozen;
using Ballast.Text;

namespace Ballast.Shell;

/// <summary>
/// A recursive-descent reader of one script string that flattens every simple command it
/// meets into the shared <see cref="ParseState"/>, in execution order.
/// </summary>
internal sealed class ScriptParser
{
    private const int MaximumDepth = 48;

    private static readonly FrozenSet<string> ShellPrograms = FrozenSet.ToFrozenSet(
        ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RedirectionOperators = FrozenSet.ToFrozenSet(
        ["<", ">", ">>", ">|", "<>", "<&", ">&", "&>", "&>>", "<<", "<<-", "<<<"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> ArmEnds = FrozenSet.ToFrozenSet(
        [";;", ";&", ";;&"], StringComparer.Ordinal);

    private readonly string text;
    private readonly TextSpan? forcedSpan;
    private readonly ParseState state;
    private List<ShellToken> tokens = [];
    private int index;

    public ScriptParser(string text, TextSpan? forcedSpan, ParseState state)
    {
        this.text = text;
        this.forcedSpan = forcedSpan;
        this.state = state;
    }

    private ShellToken Current => index < tokens.Count ? tokens[index] : tokens[^1];

    private bool AtEnd => Current.Kind == ShellTokenKind.End;

    /// <summary>Reads the script between two offsets of the text.</summary>
    public void ParseRange(int start, int end, ParseContext context)
    {
        if (state.Depth >= MaximumDepth)
        {
            Report("Commands are nested too deeply to follow.", MakeSpan(start, end));
            return;
        }

        state.Depth++;
        (List<ShellToken> savedTokens, int savedIndex) = (tokens, index);
        tokens = new ShellLexer(
            text, start, end, forcedSpan, state.Diagnostics, state.Depth, state.Variables)
            .Lex();
        index = 0;
        while (!AtEnd)
        {
            ParseList(context, [], []);
            if (!AtEnd)
            {
                Report($"Unexpected '{Current.Text}'.", Current.Span);
                index++;
            }
        }

        (tokens, index) = (savedTokens, savedIndex);
        state.Depth--;
    }

    private void ParseList(
        ParseContext context,
        IReadOnlyCollection<string> stopWords,
        IReadOnlyCollection<string> stopOperators)
    {
        while (true)
        {
            SkipNewlines();
            if (AtEnd || IsStop(stopWords, stopOperators))
            {
                return;
            }

            int first = state.Commands.Count;
            ParseAndOr(context);
            if (Current.IsOperator("&"))
            {
                MarkBackground(first);
                index++;
            }
            else if (Current.IsOperator(";") || Current.Kind == ShellTokenKind.Newline)
            {
                index++;
            }
            else if (!AtEnd && !IsStop(stopWords, stopOperators))
            {
                Report($"Expected ';' or a new line before '{Current.Text}'.", Current.Span);
            }
        }
    }

    private bool IsStop(
        IReadOnlyCollection<string> stopWords,
        IReadOnlyCollection<string> stopOperators)
    {
        ShellToken token = Current;
        return token.Kind switch
        {
            ShellTokenKind.Word => stopWords.Contains(token.Text),
            ShellTokenKind.Operator => stopOperators.Contains(token.Text),
            _ => false,
        };
    }

    private void MarkBackground(int first)
    {
        for (int command = first; command < state.Commands.Count; command++)
        {
            state.Commands[command].IsBackground = true;
        }
    }

    private void ParseAndOr(ParseContext context)
    {
        ParsePipeline(context);
        while (Current.IsOperator("&&") || Current.IsOperator("||"))
        {
            ShellToken operatorToken = Current;
            index++;
            SkipNewlines();
            if (AtEnd)
            {
                Report($"Nothing follows '{operatorToken.Text}'.", operatorToken.Span);
                return;
            }

            // Right of || a command runs only when the left failed; right of && it runs
            // whenever the RUN as a whole can succeed, so it is not conditional.
            bool orElse = operatorToken.Text == "||";
            ParsePipeline(orElse ? context with { IsConditional = true } : context);
        }
    }

    private void ParsePipeline(ParseContext context)
    {
        if (Current.IsWord("!"))
        {
            index++;
        }

        List<int> starts = [];
        while (true)
        {
            starts.Add(state.Commands.Count);
            ParseCommand(context);
            if (!Current.IsOperator("|") && !Current.IsOperator("|&"))
            {
                break;
            }

            ShellToken pipe = Current;
            index++;
            SkipNewlines();
            if (AtEnd)
            {
                Report("Nothing follows this pipe.", pipe.Span);
                break;
            }
        }

        MarkPipeline(starts);
    }

    private void MarkPipeline(List<int> starts)
    {
        if (starts.Count < 2)
        {
            return;
        }

        int pipeline = state.NextPipeline++;
        for (int element = 0; element < starts.Count; element++)
        {
            int stop = element + 1 < starts.Count ? starts[element + 1] : state.Commands.Count;
            for (int command = starts[element]; command < stop; command++)
            {
                state.Commands[command].Pipeline ??=
                    new PipelinePosition(pipeline, element, starts.Count);
            }
        }
    }

    private void ParseCommand(ParseContext context)
    {
        ShellToken token = Current;
        if (token.Kind == ShellTokenKind.Word && ParseReservedWord(token, context))
        {
            return;
        }

        if (token.Kind == ShellTokenKind.Word
            && Peek(1).IsOperator("(")
            && Peek(2).IsOperator(")")
            && ShellNames.IsName(token.Text))
        {
            index += 3;
            ParseFunctionBody(token, context);
            return;
        }

        if (token.IsOperator("("))
        {
            ParseSubshell(context);
            ParseTrailingRedirections(context);
            return;
        }

        if (token.Kind == ShellTokenKind.Arithmetic)
        {
            index++;
            return;
        }

        ParseSimpleCommand(context);
    }

    private bool ParseReservedWord(ShellToken token, ParseContext context)
    {
        switch (token.Text)
        {
            case "{":
                ParseGroup(context);
                break;
            case "if":
                ParseIf(context);
                break;
            case "for" or "select":
                ParseFor(context);
                break;
            case "while" or "until":
                ParseWhile(context);
                break;
            case "case":
                ParseCase(context);
                break;
            case "function":
                ParseFunction(context);
                return true;
            case "[[":
                ParseTestCommand(context);
                return true;
            case "then" or "elif" or "else" or "fi" or "do" or "done" or "esac" or "}":
                Report($"'{token.Text}' is not expected here.", token.Span);
                index++;
                return true;
            default:
                return false;
        }

        ParseTrailingRedirections(context);
        return true;
    }

    private void ParseGroup(ParseContext context)
    {
        ShellToken open = Current;
        index++;
        ParseList(context, ["}"], []);
        Expect("}", open, "This '{' has no matching '}'.");
    }

    private void ParseSubshell(ParseContext context)
    {
        ShellToken open = Current;
        index++;
        ShellOptions saved = state.Options;
        ParseList(context with { InSubshell = true }, [], [")"]);
        state.Options = saved;
        if (Current.IsOperator(")"))
        {
            index++;
            return;
        }

        Report("This '(' has no matching ')'.", open.Span);
    }

    private void ParseIf(ParseContext context)
    {
        ShellToken open = Current;
        index++;
        ParseList(context, ["then"], []);
        if (!Expect("then", open, "This 'if' has no 'then'."))
        {
            return;
        }

        ParseContext branch = context with { IsConditional = true };
        ParseList(branch, ["elif", "else", "fi"], []);
        while (Current.IsWord("elif"))
        {
            index++;
            ParseList(branch, ["then"], []);
            if (!Expect("then", open, "This 'elif' has no 'then'."))
            {
                return;
            }

            ParseList(branch, ["elif", "else", "fi"], []);
        }

        if (Current.IsWord("else"))
        {
            index++;
            ParseList(branch, ["fi"], []);
        }

        Expect("fi", open, "This 'if' has no matching 'fi'.");
    }

    private void ParseWhile(ParseContext context)
    {
        ShellToken open = Current;
        index++;
        ParseList(context, ["do"], []);
        if (!Expect("do", open, $"This '{open.Text}' has no 'do'."))
        {
            return;
        }

        ParseList(context with { IsConditional = true }, ["done"], []);
        Expect("done", open, $"This '{open.Text}' has no matching 'done'.");
    }

    private void ParseFor(ParseContext context)
    {
        ShellToken open = Current;
        index++;
        if (Current.Kind is ShellTokenKind.Word or ShellTokenKind.Arithmetic)
        {
            index++;
        }
        else
        {
            Report($"This '{open.Text}' has no variable name.", open.Span);
        }

        SkipNewlines();
        if (Current.IsWord("in"))
        {
            index++;
            while (Current.Kind == ShellTokenKind.Word)
            {
                ParseSubstitutions(Current, context);
                index++;
            }
        }

        if (Current.IsOperator(";") || Current.Kind == ShellTokenKind.Newline)
        {
            index++;
        }

        SkipNewlines();
        if (!Expect("do", open, $"This '{open.Text}' has no 'do'."))
        {
            return;
        }

        ParseList(context with { IsConditional = true }, ["done"], []);
        Expect("done", open, $"This '{open.Text}' has no matching 'done'.");
    }

    private void ParseCase(ParseContext context)
    {
        ShellToken open = Current;
        index++;
        if (Current.Kind == ShellTokenKind.Word)
        {
            ParseSubstitutions(Current, context);
            index++;
        }

        SkipNewlines();
        if (!Expect("in", open, "This 'case' has no 'in'."))
        {
            return;
        }

        ParseCaseArms(open, context with { IsConditional = true });
    }

    private void ParseCaseArms(ShellToken open, ParseContext arm)
    {
        while (true)
        {
            SkipNewlines();
            if (AtEnd)
            {
                Report("This 'case' has no matching 'esac'.", open.Span);
                return;
            }

            if (Current.IsWord("esac"))
            {
                index++;
                return;
            }

            if (Current.IsOperator("("))
            {
                index++;
            }

            while (Current.Kind == ShellTokenKind.Word || Current.IsOperator("|"))
            {
                index++;
            }

            if (!Current.IsOperator(")"))
            {
                Report("A case pattern must end with ')'.", Current.Span);
                index += AtEnd ? 0 : 1;
                continue;
            }

            index++;
            ParseList(arm, ["esac"], ArmEnds);
            if (Current.Kind == ShellTokenKind.Operator && ArmEnds.Contains(Current.Text))
            {
                index++;
            }
        }
    }

    private void ParseFunction(ParseContext context)
    {
        ShellToken open = Current;
        index++;
        if (Current.Kind == ShellTokenKind.Word)
        {
            index++;
        }

        if (Current.IsOperator("(") && Peek(1).IsOperator(")"))
        {
            index += 2;
        }

        ParseFunctionBody(open, context);
    }

    private void ParseFunctionBody(ShellToken open, ParseContext context)
    {
        SkipNewlines();
        if (AtEnd)
        {
            Report("This function has no body.", open.Span);
            return;
        }

        // Limitation: calls are not followed; a body runs only if called, so its commands
        // are marked conditional.
        ShellOptions saved = state.Options;
        ParseCommand(context with { IsConditional = true });
        state.Options = saved;
    }

    private void ParseTestCommand(ParseContext context)
    {
        ShellToken open = Current;
        index++;
        List<ShellWord> arguments = [];
        while (!AtEnd && !Current.IsWord("]]"))
        {
            if (Current.Word is { } word)
            {
                ParseSubstitutions(Current, context);
                arguments.Add(word);
            }

            index++;
        }

        if (AtEnd)
        {
            Report("This '[[' has no matching ']]'.", open.Span);
        }
        else
        {
            arguments.Add(Current.Word!);
            index++;
        }

        AddCommand(context, [open.Word!, .. arguments], [], []);
    }

    private void ParseTrailingRedirections(ParseContext context)
    {
        while (IsRedirectionStart(Current))
        {
            ParseRedirection(context);
        }
    }

    private void ParseSimpleCommand(ParseContext context)
    {
        List<ShellAssignment> assignments = [];
        List<ShellWord> words = [];
        List<ShellRedirection> redirections = [];
        int start = index;
        while (true)
        {
            ShellToken token = Current;
            if (IsRedirectionStart(token))
            {
                redirections.Add(ParseRedirection(context));
                continue;
            }

            if (token.Word is not { } word)
            {
                break;
            }

            ParseSubstitutions(token, context);
            if (words.Count == 0 && ShellAssignments.TryRead(word) is { } assignment)
            {
                assignments.Add(assignment);
            }
            else
            {
                words.AddRange(token.Fields ?? [word]);
            }

            index++;
        }

        if (index == start)
        {
            Report($"Unexpected '{Current.Text}'.", Current.Span);
            index += AtEnd ? 0 : 1;
            return;
        }

        AddCommand(context, words, assignments, redirections);
    }

    private ShellRedirection ParseRedirection(ParseContext context)
    {
        ShellToken first = Current;
        int? descriptor = null;
        if (first.Kind == ShellTokenKind.IoNumber)
        {
            descriptor = int.Parse(first.Text, System.Globalization.CultureInfo.InvariantCulture);
            index++;
        }

        ShellToken operatorToken = Current;
        index++;
        if (Current.Word is not { } target)
        {
            Report($"'{operatorToken.Text}' needs a target.", operatorToken.Span);
            return new ShellRedirection(
                operatorToken.Text, descriptor, null, Join(first.Span, operatorToken.Span));
        }

        ShellToken targetToken = Current;
        ParseSubstitutions(targetToken, context);
        index++;
        return new ShellRedirection(
            operatorToken.Text,
            descriptor,
            target,
            Join(first.Span, target.Span),
            targetToken.HeredocBody);
    }

    private static bool IsRedirectionStart(ShellToken token) =>
        token.Kind == ShellTokenKind.IoNumber
        || (token.Kind == ShellTokenKind.Operator && RedirectionOperators.Contains(token.Text));

    private void ParseSubstitutions(ShellToken token, ParseContext context)
    {
        foreach (TextSpan range in token.Substitutions)
        {
            ShellOptions saved = state.Options;
            ParseRange(range.Start, range.End, context with { InSubshell = true });
            state.Options = saved;
        }
    }

    private void AddCommand(
        ParseContext context,
        List<ShellWord> words,
        List<ShellAssignment> assignments,
        List<ShellRedirection> redirections)
    {
        var command = new ShellCommand
        {
            Name = words.Count > 0 ? words[0] : null,
            Arguments = words.Count > 1 ? words.GetRange(1, words.Count - 1) : [],
            Assignments = assignments,
            Redirections = redirections,
            Span = CommandSpan(words, assignments, redirections),
            InSubshell = context.InSubshell,
            IsConditional = context.IsConditional,
            Wrapper = context.Wrapper,
            Options = state.Options,
        };
        state.Commands.Add(command);
        ApplySet(command);
        FollowWrappers(command, context);
    }

    private static TextSpan CommandSpan(
        List<ShellWord> words,
        List<ShellAssignment> assignments,
        List<ShellRedirection> redirections)
    {
        var bounds = (Start: int.MaxValue, End: 0);
        foreach (ShellWord word in words)
        {
            Extend(ref bounds, word.Span);
        }

        foreach (ShellAssignment assignment in assignments)
        {
            Extend(ref bounds, assignment.Span);
        }

        foreach (ShellRedirection redirection in redirections)
        {
            Extend(ref bounds, redirection.Span);
        }

        return bounds.Start == int.MaxValue
            ? default
            : TextSpan.FromBounds(bounds.Start, bounds.End);
    }

    private static void Extend(ref (int Start, int End) bounds, TextSpan span) =>
        bounds = (Math.Min(bounds.Start, span.Start), Math.Max(bounds.End, span.End));

    private void ApplySet(ShellCommand command)
    {
        if (command.ProgramName != "set")
        {
            return;
        }

        state.Options = SetOptions.Apply(state.Options, command.Arguments);
    }

    private void FollowWrappers(ShellCommand command, ParseContext context)
    {
        ShellCommand current = command;
        while (current.ProgramName is { } program)
        {
            if (ShellPrograms.Contains(program))
            {
                FollowShell(current, context);
                return;
            }

            if (Unwrap(current, program) is not { } inner)
            {
                return;
            }

            state.Commands.Add(inner);
            current = inner;
        }
    }

    private static ShellCommand? Unwrap(ShellCommand wrapper, string program)
    {
        int start = WrapperGrammar.InnerCommandIndex(program, wrapper.Arguments);
        if (start < 0)
        {
            return null;
        }

        IReadOnlyList<ShellWord> arguments = wrapper.Arguments;
        List<ShellAssignment> assignments = [];
        while (WrapperGrammar.TakesAssignments(program)
            && start < arguments.Count
            && ShellAssignments.TryRead(arguments[start]) is { } assignment)
        {
            assignments.Add(assignment);
            start++;
        }

        if (start >= arguments.Count)
        {
            return null;
        }

        return new ShellCommand
        {
            Name = arguments[start],
            Arguments = arguments.Skip(start + 1).ToArray(),
            Assignments = assignments,
            Redirections = wrapper.Redirections,
            Span = TextSpan.FromBounds(arguments[start].Span.Start, wrapper.Span.End),
            InSubshell = wrapper.InSubshell,
            IsConditional = wrapper.IsConditional,
            Wrapper = wrapper,
            Options = wrapper.Options,
        };
    }

    private void FollowShell(ShellCommand shell, ParseContext context)
    {
        if (ShellInvocation.Read(shell.Arguments) is not { } invocation)
        {
            return;
        }

        ShellOptions saved = state.Options;
        state.Options = invocation.Options;
        ParseContext inner = context with { InSubshell = true, Wrapper = shell };
        ShellWord script = invocation.Script;
        if (forcedSpan is null && ShellInvocation.LiteralRange(script) is { } range)
        {
            ParseRange(range.Start, range.End, inner);
        }
        else if (script.Value is { } value)
        {
            new ScriptParser(value, script.Span, state).ParseRange(0, value.Length, inner);
        }

        state.Options = saved;
    }

    private bool Expect(string word, ShellToken open, string message)
    {
        if (Current.IsWord(word))
        {
            index++;
            return true;
        }

        Report(message, open.Span);
        return false;
    }

    private void SkipNewlines()
    {
        while (Current.Kind == ShellTokenKind.Newline)
        {
            index++;
        }
    }

    private ShellToken Peek(int ahead) =>
        index + ahead < tokens.Count ? tokens[index + ahead] : tokens[^1];

    private TextSpan MakeSpan(int start, int end) =>
        forcedSpan ?? TextSpan.FromBounds(start, end);

    private static TextSpan Join(TextSpan first, TextSpan last) =>
        TextSpan.FromBounds(first.Start, Math.Max(first.End, last.End));

    private void Report(string message, TextSpan span) =>
        state.Diagnostics.Add(new ShellDiagnostic(message, span));
}

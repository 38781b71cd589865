using System.Text;
using Ballast.Syntax.Validation;
using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>
/// Parses a Dockerfile into a lossless tree the way BuildKit's parser reads it. Never
/// throws on any input: problems become diagnostics with a span.
/// </summary>
public static class DockerfileParser
{
    /// <summary>BuildKit refuses physical lines longer than this many bytes.</summary>
    public const int MaxLineBytes = 65535;

    /// <summary>Parses <paramref name="source"/>.</summary>
    public static DockerfileSyntax Parse(SourceText source) => new Run(source).Parse();

    /// <summary>Parses <paramref name="text"/> as a file named <paramref name="path"/>.</summary>
    public static DockerfileSyntax Parse(string text, string path = "Dockerfile") =>
        Parse(new SourceText(text, path));

    private sealed class Run(SourceText source)
    {
        private readonly string text = source.Text;
        private readonly List<TokenEntry> tokens = [];
        private readonly List<SyntaxDiagnostic> diagnostics = [];
        private readonly List<DirectiveSyntax> directives = [];
        private readonly List<InstructionSyntax> instructions = [];
        private List<PhysicalLine> lines = [];
        private char escape = '\\';
        private int next;

        public DockerfileSyntax Parse()
        {
            var start = 0;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                tokens.Add(new TokenEntry(TokenKind.ByteOrderMark, new TextSpan(0, 1)));
                start = 1;
            }

            lines = PhysicalLine.Split(text, start);
            // Files average under four tokens a line; sizing the list up front spares the
            // copies of a list that grows to hundreds of thousands of tokens.
            tokens.Capacity = lines.Count * 4 + 4;
            CheckLineLengths();
            ReadDirectives();
            ReadBody();
            CheckEmpty();
            return new DockerfileSyntax(source, escape, directives, instructions,
                new TokenList(text, tokens, 0, tokens.Count), diagnostics);
        }

        private void CheckLineLengths()
        {
            foreach (var line in lines)
            {
                var length = line.ContentEnd - line.Start;
                if (length * 3 > MaxLineBytes
                    && Encoding.UTF8.GetByteCount(text.AsSpan(line.Start, length)) > MaxLineBytes)
                {
                    Error($"dockerfile line greater than max allowed size of {MaxLineBytes}",
                        TextSpan.FromBounds(line.Start, line.ContentEnd));
                }
            }
        }

        private void CheckEmpty()
        {
            if (text.Length == 0)
            {
                Error("the Dockerfile cannot be empty", new TextSpan(0, 0));
            }
            else if (instructions.Count == 0)
            {
                Error("file with no instructions", new TextSpan(0, text.Length));
            }
        }

        private void ReadDirectives()
        {
            var seen = new HashSet<string>();
            while (next < lines.Count)
            {
                var line = lines[next];
                if (!DirectiveReader.TryRead(line.Content(text), out var key, out var value))
                {
                    return;
                }

                var span = TextSpan.FromBounds(line.Start, line.ContentEnd);
                if (!seen.Add(key))
                {
                    Error($"only one {key} parser directive can be used", span);
                }
                else if (key == "escape")
                {
                    SetEscape(value, span);
                }

                directives.Add(new DirectiveSyntax(key, value, span));
                AddToken(TokenKind.Directive, span.Start, span.End);
                AddLineBreak(line);
                next++;
            }
        }

        private void SetEscape(string value, TextSpan span)
        {
            if (value is "\\" or "`")
            {
                escape = value[0];
                return;
            }

            Error($"invalid escape token '{value}' does not match ` or \\", span);
        }

        private void ReadBody()
        {
            var comments = new List<string>();
            while (next < lines.Count)
            {
                var line = lines[next];
                var content = line.ContentSpan(text);
                if (Characters.IsBlankLine(content))
                {
                    AddToken(TokenKind.Whitespace, line.Start, line.ContentEnd);
                    AddLineBreak(line);
                    next++;
                    continue;
                }

                if (Characters.IsCommentLine(content))
                {
                    RememberComment(comments, content.ToString());
                    AddCommentLine(line);
                    next++;
                    continue;
                }

                ReadInstruction(comments);
                if (comments.Count > 0)
                {
                    comments = [];
                }
            }
        }

        private static void RememberComment(List<string> comments, string content)
        {
            var comment = content.TrimStart()[1..].Trim();
            if (comment.Length == 0)
            {
                // A bare # clears the comments gathered so far; a blank line does not.
                comments.Clear();
                return;
            }

            comments.Add(comment);
        }

        private void ReadInstruction(List<string> comments)
        {
            var gathered = new LogicalLineReader(text, lines, escape, diagnostics).Read(next);
            var reader = new InstructionReader(escape, diagnostics);
            var bodyStart = gathered.NextLine;
            var bodies = new List<TokenEntry>();
            var instruction = reader.Read(gathered.Line, rest =>
                ReadHeredocs(rest, gathered, ref bodyStart, bodies));
            var end = bodies.Count > 0 ? bodies[^1].Span.End : gathered.End;
            instruction.Span = TextSpan.FromBounds(gathered.Start, end);
            instruction.LeadingComments = comments.Count == 0 ? [] : [.. comments];
            new InstructionValidator(diagnostics).Validate(instruction);

            var own = gathered.Trivia;
            own.AddRange(bodies);
            AddSignificant(own, instruction, gathered.Line);
            AddLeadingBlanks(lines[next], instruction.Span.Start);
            var first = tokens.Count;
            Tokens.Partition(text, instruction.Span, own, tokens);
            instruction.Tokens = new TokenList(text, tokens, first, tokens.Count - first);
            instructions.Add(instruction);

            next = bodyStart;
            if (next > 0 && lines[next - 1].ContentEnd == instruction.Span.End)
            {
                AddLineBreak(lines[next - 1]);
            }
        }

        private List<HeredocSyntax> ReadHeredocs(
            MappedText rest, LogicalLine gathered, ref int lineIndex, List<TokenEntry> bodies)
        {
            var found = new List<HeredocSyntax>();
            foreach (var marker in HeredocMarker.Find(rest.Text))
            {
                var heredoc = ReadHeredocBody(rest, marker, ref lineIndex, gathered, bodies);
                found.Add(heredoc);
            }

            return found;
        }

        private HeredocSyntax ReadHeredocBody(
            MappedText rest,
            HeredocMarker marker,
            ref int lineIndex,
            LogicalLine gathered,
            List<TokenEntry> bodies)
        {
            var markerSpan = rest.SourceSpan(marker.Start, marker.End);
            var bodyStart = lineIndex < lines.Count ? lines[lineIndex].Start : text.Length;
            for (var i = lineIndex; i < lines.Count; i++)
            {
                var content = lines[i].ContentSpan(text);
                var candidate = marker.Chomp ? content.TrimStart('\t') : content;
                if (!candidate.SequenceEqual(marker.Name.AsSpan()))
                {
                    continue;
                }

                var bodySpan = TextSpan.FromBounds(bodyStart, lines[i].Start);
                var terminator = TextSpan.FromBounds(lines[i].Start, lines[i].ContentEnd);
                AddBody(bodies, bodySpan);
                bodies.Add(new TokenEntry(TokenKind.HeredocTerminator, terminator));
                lineIndex = i + 1;
                return new HeredocSyntax(marker.Name, marker.Chomp, marker.Expand,
                    marker.FileDescriptor, markerSpan, text[bodySpan.Start..bodySpan.End],
                    bodySpan, terminator);
            }

            Error("unterminated heredoc",
                TextSpan.FromBounds(gathered.Line.SourceOffset(0), text.Length));
            var rest2 = TextSpan.FromBounds(bodyStart, text.Length);
            AddBody(bodies, rest2);
            lineIndex = lines.Count;
            return new HeredocSyntax(marker.Name, marker.Chomp, marker.Expand,
                marker.FileDescriptor, markerSpan, text[rest2.Start..rest2.End], rest2,
                new TextSpan(text.Length, 0));
        }

        private static void AddBody(List<TokenEntry> bodies, TextSpan span)
        {
            if (!span.IsEmpty)
            {
                bodies.Add(new TokenEntry(TokenKind.HeredocBody, span));
            }
        }

        private static void AddSignificant(
            List<TokenEntry> list, InstructionSyntax instruction, MappedText line)
        {
            AddSplit(list, TokenKind.Keyword, instruction.KeywordSpan, line);
            foreach (var flag in instruction.Flags)
            {
                AddSplit(list, TokenKind.Flag, flag.Span, line);
            }

            if (WordSplitter.WholeSpan(instruction.Rest) is { } arguments)
            {
                AddSplit(list, TokenKind.Argument, arguments, line);
            }
        }

        /// <summary>Adds a token for each part of <paramref name="span"/> that lies on the
        /// logical line, so tokens never cover a continuation or a dropped comment.</summary>
        private static void AddSplit(
            List<TokenEntry> list, TokenKind kind, TextSpan span, MappedText line)
        {
            var from = line.IndexOfSource(span.Start);
            var to = line.IndexOfSource(span.End);
            while (from < to)
            {
                var runEnd = Math.Min(line.RunEnd(from), to);
                var piece = TextSpan.FromBounds(
                    line.SourceOffset(from), line.SourceOffset(runEnd - 1) + 1);
                list.Add(new TokenEntry(kind, piece));
                from = runEnd;
            }
        }

        private void AddLeadingBlanks(PhysicalLine line, int instructionStart)
        {
            if (instructionStart > line.Start && instructionStart <= line.ContentEnd)
            {
                AddToken(TokenKind.Whitespace, line.Start, instructionStart);
            }
        }

        private void AddCommentLine(PhysicalLine line)
        {
            AddToken(TokenKind.Comment, line.Start, line.ContentEnd);
            AddLineBreak(line);
        }

        private void AddLineBreak(PhysicalLine line) =>
            AddToken(TokenKind.LineBreak, line.ContentEnd, line.End);

        private void AddToken(TokenKind kind, int start, int end)
        {
            if (end > start)
            {
                tokens.Add(new TokenEntry(kind, TextSpan.FromBounds(start, end)));
            }
        }

        private void Error(string message, TextSpan span) =>
            diagnostics.Add(new SyntaxDiagnostic("BL000", message, span, true));
    }
}

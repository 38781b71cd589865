using System.Text.Json;
using Ballast.Text;

namespace Ballast.Syntax.Dump;

/// <summary>Turns a parsed Dockerfile into the <see cref="SyntaxDocument"/> that
/// <c>ballast syntax</c> prints.</summary>
public static class SyntaxDumper
{
    /// <summary>The dump of <paramref name="syntax"/>.</summary>
    public static SyntaxDocument Describe(DockerfileSyntax syntax)
    {
        var source = syntax.Source;
        return new SyntaxDocument(
            source.Path,
            syntax.Escape.ToString(),
            syntax.Directives
                .Select(d => new DirectiveDump(d.Key, d.Value, Line(source, d.Span.Start)))
                .ToList(),
            syntax.Instructions.Select(i => Describe(source, i)).ToList(),
            syntax.Diagnostics.Select(d => Describe(source, d)).ToList());
    }

    /// <summary>The dump of <paramref name="syntax"/> as indented JSON.</summary>
    public static string ToJson(DockerfileSyntax syntax) =>
        JsonSerializer.Serialize(Describe(syntax), SyntaxJsonContext.Readable.SyntaxDocument);

    private static InstructionDump Describe(SourceText source, InstructionSyntax instruction)
    {
        var arguments = instruction.JsonArguments
            ?? instruction.Arguments.Select(word => word.Text).ToList();
        var span = instruction.Span;
        var end = span.IsEmpty ? span.End : span.End - 1;
        return new InstructionDump(
            instruction.Keyword,
            instruction.Flags.Select(flag => new FlagDump(flag.Name, flag.Value)).ToList(),
            arguments,
            instruction.IsJsonForm,
            instruction.Heredocs
                .Select(h => new HeredocDump(h.Name, h.Chomp, h.Expand, h.Body)).ToList(),
            Line(source, span.Start),
            Line(source, Math.Max(span.Start, end)),
            instruction.Trigger is { } trigger ? Describe(source, trigger) : null);
    }

    private static DiagnosticDump Describe(SourceText source, SyntaxDiagnostic diagnostic)
    {
        var position = source.GetPosition(diagnostic.Span.Start);
        return new DiagnosticDump(diagnostic.Code, diagnostic.Message, diagnostic.IsError,
            position.Line, position.Column);
    }

    private static int Line(SourceText source, int offset) => source.GetPosition(offset).Line;
}

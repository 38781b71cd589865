using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>What every restaged file starts with, whatever the ecosystem: the byte order
/// mark, the parser directives, the ARGs before the first FROM (both new FROM lines may read
/// them) with their comments, and the comments above the original FROM.</summary>
public static class RestagePreamble
{
    /// <summary>Writes the preamble of <paramref name="model"/>, whose only stage is
    /// <paramref name="stage"/>, then <paramref name="builderComment"/> as a comment line.
    /// </summary>
    public static void Write(DockerfileWriter builder, DockerfileModel model, Stage stage,
        InstructionSource source, string builderComment)
    {
        if (model.Source.Text.StartsWith('\uFEFF'))
        {
            builder.Raw("\uFEFF");
        }

        foreach (var directive in model.Syntax.Directives)
        {
            builder.Line(model.Source.Text.Substring(directive.Span.Start, directive.Span.Length));
        }

        foreach (var metaArg in model.Syntax.Instructions.TakeWhile(i => i != stage.From))
        {
            builder.Comments(source.Comments(metaArg));
            builder.Line(source.Text(metaArg));
        }

        builder.Comments(source.Comments(stage.From));
        builder.Line($"# Builder: {builderComment}");
    }
}

using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Model;

/// <summary>
/// The meaning of a Dockerfile: its stages with typed instructions, the global ARGs, the
/// stage graph, and the target stage with the stages it needs. Rules read this, never text.
/// </summary>
public sealed class DockerfileModel
{
    internal DockerfileModel(
        DockerfileSyntax syntax,
        IReadOnlyList<KeyValue> metaArgs,
        IReadOnlyList<Stage> stages,
        Stage? target,
        IReadOnlyList<SyntaxDiagnostic> diagnostics)
    {
        Syntax = syntax;
        MetaArgs = metaArgs;
        Stages = stages;
        Target = target;
        Diagnostics = diagnostics;
        ReachableStages = target is null ? [] : Reach(target);
    }

    /// <summary>The tree the model was built from.</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>The file's text.</summary>
    public SourceText Source => Syntax.Source;

    /// <summary>The ARGs declared before the first FROM, with their expanded defaults.</summary>
    public IReadOnlyList<KeyValue> MetaArgs { get; }

    /// <summary>The stages in file order.</summary>
    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>The stage the build produces: the named target, or the last stage.</summary>
    public Stage? Target { get; }

    /// <summary>The target and every stage it needs, in file order.</summary>
    public IReadOnlyList<Stage> ReachableStages { get; }

    /// <summary>Errors BuildKit would report while reading the instructions.</summary>
    public IReadOnlyList<SyntaxDiagnostic> Diagnostics { get; }

    /// <summary>Every diagnostic: the parser's and the model's.</summary>
    public IEnumerable<SyntaxDiagnostic> AllDiagnostics => Syntax.Diagnostics.Concat(Diagnostics);

    /// <summary>Builds the model of <paramref name="syntax"/>.</summary>
    public static DockerfileModel Build(DockerfileSyntax syntax, ModelOptions? options = null) =>
        new ModelBuilder(syntax, options ?? ModelOptions.Default).Build();

    /// <summary>Parses and builds the model of <paramref name="text"/>.</summary>
    public static DockerfileModel Parse(string text, string path = "Dockerfile") =>
        Build(DockerfileParser.Parse(text, path));

    /// <summary>The location of <paramref name="span"/> in this file.</summary>
    public Location Locate(TextSpan span) => Source.GetLocation(span);

    private static List<Stage> Reach(Stage target)
    {
        var seen = new HashSet<Stage>();
        var pending = new Stack<Stage>();
        pending.Push(target);
        while (pending.Count > 0)
        {
            var stage = pending.Pop();
            if (!seen.Add(stage))
            {
                continue;
            }

            foreach (var dependency in stage.Dependencies)
            {
                pending.Push(dependency);
            }
        }

        return seen.OrderBy(stage => stage.Index).ToList();
    }
}

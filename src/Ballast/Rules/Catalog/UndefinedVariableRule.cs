using System.Text.RegularExpressions;
using Ballast.Model;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>BL412 (UndefinedVar): a variable the builder expands itself (in ADD, COPY, ENV,
/// LABEL, ARG defaults, EXPOSE, USER, VOLUME, WORKDIR, STOPSIGNAL or a RUN mount) that no
/// ARG or ENV of the stage, nor of a stage it builds on, defines before that point: it
/// expands to an empty string, usually through a typo or a missing <c>ARG</c>.</summary>
public sealed partial class UndefinedVariableRule : BuildCheckRule
{
    // BuildKit reads these two itself and never reports them.
    private static readonly HashSet<string> BuilderOnly =
        ["BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"];

    /// <inheritdoc />
    public override string CheckName => "UndefinedVar";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL412", "Undefined variable", Category.Correctness, Severity.Warning,
        "A variable that no ARG or ENV defines expands to an empty string: a typo, or an ARG "
        + "the stage forgot to declare.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            var scope = new StageScope(stage);
            foreach (var instruction in stage.Instructions)
            {
                foreach (var finding in CheckInstruction(context, scope, instruction))
                {
                    yield return finding;
                }
            }
        }
    }

    private IEnumerable<Finding> CheckInstruction(
        RuleContext context, StageScope scope, Instruction instruction)
    {
        var declaredHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ExpandedWords.Of(instruction))
        {
            foreach (var name in Unset(scope, instruction, declaredHere, word.Text))
            {
                yield return Report(context, scope, instruction, name, word.Span);
            }

            if (word.Declares is { } declared)
            {
                declaredHere.Add(declared);
            }
        }
    }

    private static IEnumerable<string> Unset(StageScope scope, Instruction instruction,
        HashSet<string> declaredHere, string text)
    {
        // Only a dollar sign starts a reference; most words have none, and expanding them
        // cost more than anything else this rule does.
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return [];
        }

        string? Lookup(string name) =>
            instruction.Environment.Lookup(name)
            ?? (scope.Defines(name) || declaredHere.Contains(name) ? "" : null);

        var result = new VariableExpander(Lookup, instruction.Stage.Escape).Expand(text);
        return result.Unset.Distinct().Where(name => !BuilderOnly.Contains(name));
    }

    private Finding Report(RuleContext context, StageScope scope, Instruction instruction,
        string name, TextSpan wordSpan)
    {
        var known = scope.Known(instruction.Environment);
        var suggestion = NameSuggestion.Closest(name, known);
        var message = $"Usage of undefined variable '${name}'"
            + (suggestion is null ? "" : $" (did you mean ${suggestion}?)");
        var span = Locate(context.Model.Source.Text, name, wordSpan);
        if (suggestion is not null || scope.BaseImage is null)
        {
            return context.Report(Descriptor, message, span);
        }

        // Limitation: the base image's own ENV is not known offline, and BuildKit reads it
        // from the image; a name with no near match may come from there, so it is only a note.
        return context.Report(Descriptor with { DefaultSeverity = Severity.Info },
            $"{message}; it expands to an empty string unless the base image "
            + (scope.BaseImage.Length > 0 ? $"{scope.BaseImage} " : "") + "sets it", span);
    }

    /// <summary>The span of <c>$name</c> or <c>${name}</c> inside
    /// <paramref name="wordSpan"/>, or the whole word when it cannot be found.</summary>
    private static TextSpan Locate(string text, string name, TextSpan wordSpan)
    {
        var end = Math.Min(wordSpan.End, text.Length);
        var start = Math.Min(wordSpan.Start, end);
        var match = Reference(name).Match(text, start, end - start);
        return match.Success ? new TextSpan(match.Index, match.Length) : wordSpan;
    }

    private static Regex Reference(string name) =>
        new($@"\$(?:\{{{Regex.Escape(name)}\}}?|{Regex.Escape(name)}(?![A-Za-z0-9_]))",
            RegexOptions.CultureInvariant);

    /// <summary>What a stage defines besides its own ARG and ENV: PATH, which BuildKit
    /// always sets; the ARGs of the stages it builds on, which it inherits; and the ENV of
    /// its base image, unknown here.</summary>
    private sealed class StageScope
    {
        private readonly HashSet<string> inherited = new(StringComparer.Ordinal) { "PATH" };

        public StageScope(Stage stage)
        {
            var root = stage;
            for (var parent = stage.ParentStage; parent is not null; parent = parent.ParentStage)
            {
                inherited.UnionWith(parent.OfType<KeyValueInstruction>()
                    .Where(instruction => instruction.Name == "ARG")
                    .SelectMany(instruction => instruction.Pairs.Select(pair => pair.Key)));
                root = parent;
            }

            BaseImage = root.BaseImage is { IsScratch: false } image ? image.ToString()
                : root.BaseImage is null && root.ParentStage is null ? root.BaseName : null;
        }

        /// <summary>The image the stage chain starts from, or null for scratch.</summary>
        public string? BaseImage { get; }

        public bool Defines(string name) => inherited.Contains(name);

        public IEnumerable<string> Known(BuildEnvironment environment) =>
            inherited.Concat(environment.Env.Keys).Concat(environment.Args.Keys)
                .Distinct().Order(StringComparer.Ordinal);
    }
}

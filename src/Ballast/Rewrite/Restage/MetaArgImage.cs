using System.Text.RegularExpressions;
using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Writes the final stage's image so that it reads the same meta ARGs as the builder's FROM.
/// With <c>ARG PY=3.11</c> and <c>FROM python:${PY}</c>, a final <c>python:3.11-slim</c>
/// would keep 3.11 when the build is run with <c>--build-arg PY=3.12</c>, and a 3.12
/// environment would land in a 3.11 image; <c>python:${PY}-slim</c> follows the argument.
/// </summary>
internal static partial class MetaArgImage
{
    /// <summary>
    /// The text of <paramref name="runtime"/> with every whole word that equals the value of
    /// a variable read by <paramref name="stage"/>'s FROM replaced by that variable's
    /// reference as written there; <paramref name="runtime"/> unchanged when the FROM reads
    /// no variable. A value counts only between the separators of an image reference
    /// (<c>:</c>, <c>-</c>, <c>/</c>, <c>@</c>), so <c>ARG V=12</c> leaves
    /// <c>distroless/cc-debian12</c> alone.
    /// </summary>
    public static string Follow(DockerfileModel model, Stage stage, string runtime)
    {
        var references = Reference().Matches(stage.BaseText);
        if (references.Count == 0)
        {
            return runtime;
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var arg in model.MetaArgs)
        {
            values[arg.Key] = arg.Value;
        }

        var expander = new VariableExpander(name => values.GetValueOrDefault(name),
            model.Syntax.Escape);
        var substitutions = references
            .Select(match => (Reference: match.Value, Value: expander.Expand(match.Value).Value))
            .Where(pair => pair.Value.Length > 0)
            .DistinctBy(pair => pair.Value)
            .OrderByDescending(pair => pair.Value.Length);
        var text = runtime;
        foreach (var (reference, value) in substitutions)
        {
            text = ReplaceWords(text, value, reference);
        }

        return text;
    }

    /// <summary>The variable references of <paramref name="stage"/>'s FROM that
    /// <see cref="Follow"/> could not carry into <paramref name="runtime"/>: a build run with
    /// another value changes the builder but not the final stage.</summary>
    public static IReadOnlyList<string> Unfollowed(
        DockerfileModel model, Stage stage, string runtime)
    {
        var followed = Follow(model, stage, runtime);
        return Reference().Matches(stage.BaseText)
            .Select(match => match.Value)
            .Distinct(StringComparer.Ordinal)
            .Where(reference => !followed.Contains(reference, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>True when a variable read by <paramref name="stage"/>'s FROM gives the
    /// distro release word of its tag (<c>FROM rust:1.78-${SUITE}</c>), so that release
    /// changes with a build argument.</summary>
    public static bool ChoosesRelease(DockerfileModel model, Stage stage, string release) =>
        release.Length > 0 && Follow(model, stage, release) != release;

    private static string ReplaceWords(string text, string value, string reference)
    {
        var at = 0;
        while ((at = text.IndexOf(value, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + value.Length;
            if (IsBoundary(text, at - 1) && IsBoundary(text, end))
            {
                text = text[..at] + reference + text[end..];
                at += reference.Length;
                continue;
            }

            at = end;
        }

        return text;
    }

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || text[index] is ':' or '-' or '/' or '@';

    [GeneratedRegex(@"\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Reference();
}

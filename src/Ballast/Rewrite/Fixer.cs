using Ballast.Model;
using Ballast.Rewrite.Restage;
using Ballast.Rules;
using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Rewrite;

/// <summary>
/// Rewrites a Dockerfile: optionally restages it, then applies the safe fixes of the
/// findings as span edits, pass after pass until nothing more applies. Every pass is
/// re-parsed and re-checked; a pass that would add an error is thrown away.
/// </summary>
public sealed class Fixer(Checker checker)
{
    private const int MaxPasses = 8;

    /// <summary>A fixer with every rule.</summary>
    public static Fixer Default { get; } = new(Checker.Default);

    /// <summary>Fixes <paramref name="source"/>.</summary>
    public FixResult Fix(SourceText source, FixOptions options)
    {
        var changes = new List<ChangeExplanation>();
        var estimate = new List<string>();
        var notes = new List<string>();
        var text = source.Text;
        if (options.MultiStage)
        {
            text = Restage(source, options, changes, estimate, notes);
        }

        if (options.CacheMounts)
        {
            text = MountCaches(new SourceText(text, source.Path), changes);
        }

        var current = checker.Check(new SourceText(text, source.Path));
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var fixes = current.Findings.Where(finding => finding.Fix is not null).ToList();
            if (fixes.Count == 0)
            {
                break;
            }

            var (next, applied) = EditSet.Apply(text, fixes.Select(finding => finding.Fix!));
            var checkedNext = checker.Check(new SourceText(next, source.Path));
            if (applied.Count == 0 || checkedNext.Errors.Count > current.Errors.Count)
            {
                notes.Add("Some fixes were not applied: the result would not parse.");
                break;
            }

            if (Fixable(checkedNext) >= fixes.Count)
            {
                // A pass that leaves as many fixable findings as before has a fix that does
                // not resolve its finding; applying it again would only repeat the edit.
                notes.Add("Some fixes were not applied: they did not resolve their findings.");
                break;
            }

            changes.AddRange(Explain(fixes, applied));
            text = next;
            current = checkedNext;
        }

        return new FixResult(source.Text, text, changes, estimate, notes, current.Findings);
    }

    private static string MountCaches(SourceText source, List<ChangeExplanation> changes)
    {
        var model = DockerfileModel.Build(DockerfileParser.Parse(source));
        var fixes = CacheMountRewrite.Fixes(model);
        var (text, applied) = EditSet.Apply(source.Text, fixes.Select(mount => mount.Fix));
        changes.AddRange(fixes.Where(mount => applied.Contains(mount.Fix))
            .Select(mount => mount.Explanation));
        return text;
    }

    private static int Fixable(CheckResult result) =>
        result.Findings.Count(finding => finding.Fix is not null);

    private static string Restage(
        SourceText source,
        FixOptions options,
        List<ChangeExplanation> changes,
        List<string> estimate,
        List<string> notes)
    {
        var model = DockerfileModel.Build(DockerfileParser.Parse(source));
        var result = Restage(model, options.ContextDirectory, RecipeCatalog.All);
        if (!result.Restaged)
        {
            notes.Add($"Not restaged: {result.SkippedBecause}.");
            return source.Text;
        }

        var reparsed = DockerfileParser.Parse(result.Text, source.Path);
        if (reparsed.HasErrors)
        {
            notes.Add("Not restaged: the rewrite did not parse, which is a bug in Ballast.");
            return source.Text;
        }

        changes.AddRange(result.Changes);
        estimate.AddRange(result.Estimate);
        return result.Text;
    }

    /// <summary>Restages <paramref name="model"/> with the first of
    /// <paramref name="recipes"/> that recognises it; when none does, the result says why
    /// each of them declined.</summary>
    public static RestageResult Restage(
        DockerfileModel model, string? contextDirectory, IReadOnlyList<Recipe> recipes)
    {
        var text = model.Source.Text;
        if (model.AllDiagnostics.Any(diagnostic => diagnostic.IsError))
        {
            return RestageResult.Skipped(text, "the file has errors; fix them first");
        }

        if (model.Stages.Count != 1)
        {
            return RestageResult.Skipped(text, "the file already has several stages; check "
                + "reports a final stage on a full base or with build packages (BL101-BL103)");
        }

        var stage = model.Stages[0];
        var reasons = new List<string>();
        foreach (var recipe in recipes)
        {
            var recognition = recipe.Recognise(model, stage);
            if (recognition.Recognised)
            {
                return recipe.Restage(model, contextDirectory);
            }

            reasons.Add($"{recipe.Name}: {recognition.Reason}");
        }

        return RestageResult.Skipped(text,
            "no recipe recognises the build (" + string.Join("; ", reasons) + ")");
    }

    private static IEnumerable<ChangeExplanation> Explain(
        IReadOnlyList<Finding> findings, IReadOnlyList<Fix> applied)
    {
        foreach (var fix in applied)
        {
            var finding = findings.First(candidate => ReferenceEquals(candidate.Fix, fix));
            yield return new ChangeExplanation(
                $"Line {finding.Location.Start.Line}: {fix.Description}",
                $"{finding.RuleId}: {finding.Message}");
        }
    }
}

using Ballast.Model;
using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Rules;

/// <summary>Parses a Dockerfile, builds its model and runs the rules over it. Rules run even
/// when the file has syntax errors, over what could be read.</summary>
public sealed class Checker(IReadOnlyList<Rule> rules)
{
    /// <summary>A checker with every rule of the catalogue.</summary>
    public static Checker Default { get; } = new(RuleCatalog.All);

    /// <summary>The rules this checker runs.</summary>
    public IReadOnlyList<Rule> Rules { get; } = rules;

    /// <summary>Checks <paramref name="source"/>.</summary>
    public CheckResult Check(SourceText source, ModelOptions? options = null)
    {
        var model = DockerfileModel.Build(DockerfileParser.Parse(source), options);
        return Check(model);
    }

    /// <summary>Runs the rules over an existing model.</summary>
    public CheckResult Check(DockerfileModel model)
    {
        var context = new RuleContext(model);
        var directive = CheckDirective.Read(model);
        var findings = new List<Finding>();
        foreach (var rule in Rules)
        {
            findings.AddRange(Run(rule, context)
                .Where(finding => !directive.Skips(rule, finding)));
        }

        var ordered = findings
            .OrderBy(finding => finding.Location.Span.Start)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(model, ordered);
    }

    private static IEnumerable<Finding> Run(Rule rule, RuleContext context)
    {
        try
        {
            return rule.Check(context).ToList();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Limitation: a rule that fails on an input it does not expect reports that as a
            // finding of its own instead of stopping the whole check.
            var span = new TextSpan(0, 0);
            return
            [
                context.Report(rule.Descriptor with { DefaultSeverity = Severity.Info },
                    $"rule {rule.Descriptor.Id} could not check this file: {exception.Message}",
                    span),
            ];
        }
    }
}

using System.Text.RegularExpressions;
using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL320: an ARG, ENV or LABEL value that has the shape of a real credential (cloud
/// access keys, personal access tokens, private keys). Whatever its name, it ships in the
/// image.</summary>
public sealed partial class SecretValueRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL320",
        "Credential written in the Dockerfile",
        Category.Security,
        Severity.Error,
        "A value has the shape of a real credential; it is readable by anyone with the "
        + "Dockerfile or the image. Revoke it and pass it as a build secret.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var pairs = context.Model.MetaArgs.Concat(context.Model.Stages
            .SelectMany(stage => stage.OfType<KeyValueInstruction>())
            .SelectMany(instruction => instruction.Pairs));
        foreach (var pair in pairs)
        {
            if (pair.Value is not { } value || Credential().Match(value) is not { Success: true }
                match)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"{pair.Key} holds what looks like a {Kind(match.Value)}; revoke it and use a "
                + "build secret.",
                pair.Word.Span);
        }
    }

    private static string Kind(string match) => match switch
    {
        _ when match.StartsWith("AKIA", StringComparison.Ordinal) => "AWS access key",
        _ when match.StartsWith("gh", StringComparison.Ordinal)
            || match.StartsWith("github_pat_", StringComparison.Ordinal) => "GitHub token",
        _ when match.StartsWith("glpat-", StringComparison.Ordinal) => "GitLab token",
        _ when match.StartsWith("xox", StringComparison.Ordinal) => "Slack token",
        _ when match.StartsWith("-----BEGIN", StringComparison.Ordinal) => "private key",
        _ => "API key",
    };

    // Published token formats: AWS key ids, GitHub classic and fine-grained tokens, GitLab
    // personal tokens, Slack tokens, Stripe live keys, PEM private keys.
    [GeneratedRegex(@"AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,}"
        + @"|glpat-[A-Za-z0-9_\-]{20}|xox[abprs]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{24,}"
        + @"|-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex Credential();
}

using System.Text;
using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL324 (SecretsUsedInArgOrEnv): ARG and ENV values end up in the image's
/// history or configuration, so a name that says it holds a secret is a leak waiting to
/// happen. Use a secret mount instead.</summary>
public sealed class SecretInArgOrEnvRule : BuildCheckRule
{
    private static readonly string[] SecretWords =
        ["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd",
            "secret", "token"];

    private static readonly string[] Harmless = ["public"];

    /// <inheritdoc />
    public override string CheckName => "SecretsUsedInArgOrEnv";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL324", "Secret in ARG or ENV", Category.Security, Severity.Warning,
        "ARG and ENV values are kept in the image; pass secrets with RUN --mount=type=secret.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var pairs = context.Model.MetaArgs.Select(pair => ("ARG", pair))
            .Concat(context.Model.Stages.SelectMany(stage => stage.OfType<KeyValueInstruction>())
                .Where(instruction => instruction.Name is "ARG" or "ENV")
                .SelectMany(instruction => instruction.Pairs.Select(pair => (instruction.Name,
                    pair))));
        foreach (var (name, pair) in pairs)
        {
            if (LooksSecret(pair.Key))
            {
                yield return context.Report(Descriptor,
                    $"Do not use ARG or ENV instructions for sensitive data ({name} "
                    + $"\"{pair.Key}\")", pair.Word.Span);
            }
        }
    }

    /// <summary>True when a word of <paramref name="key"/> (split at <c>_</c>, <c>-</c>,
    /// <c>.</c> and case changes) names a secret and none says it is public.</summary>
    internal static bool LooksSecret(string key)
    {
        // The key is split into words in place: every ARG and ENV of every file passes here,
        // and copying each word out to lower-case it was most of this rule's cost.
        var secret = false;
        var start = 0;
        for (var i = 1; i <= key.Length; i++)
        {
            if (!IsBoundary(key, i))
            {
                continue;
            }

            var word = key.AsSpan(start, i - start).Trim("_-.");
            start = i;
            if (IsOneOf(word, Harmless))
            {
                return false;
            }

            secret |= IsOneOf(word, SecretWords);
        }

        return secret;
    }

    private static bool IsBoundary(string key, int i) =>
        i == key.Length || key[i] is '_' or '-' or '.'
        || (char.IsUpper(key[i]) && char.IsLower(key[i - 1]));

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        // Outside ASCII, lower-casing can turn a letter such as the Kelvin sign into an ASCII
        // one, so those words take the exact, allocating path.
        if (!Ascii.IsValid(word))
        {
            return words.Contains(word.ToString().ToLowerInvariant());
        }

        foreach (var candidate in words)
        {
            if (Ascii.EqualsIgnoreCase(word, candidate))
            {
                return true;
            }
        }

        return false;
    }
}

using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL321: COPY or ADD of a file that usually holds secrets (<c>.env</c>, private
/// keys, registry and cloud credentials) into an image that ships.</summary>
public sealed class SecretFileCopyRule : Rule
{
    private static readonly string[] Names =
        [".env", ".npmrc", ".pypirc", ".netrc", ".git-credentials", "id_rsa", "id_dsa",
         "id_ecdsa", "id_ed25519", "credentials.json", "credentials", ".dockercfg"];

    private static readonly string[] Suffixes = [".pem", ".key", ".p12", ".pfx", ".keystore"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL321",
        "Secret file copied into the image",
        Category.Security,
        Severity.Error,
        "Files such as .env, private keys and registry credentials stay in their layer for "
        + "anyone who pulls the image; mount them as build secrets instead.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            foreach (var copy in stage.OfType<CopyInstruction>().Where(copy => copy.FromContext))
            {
                foreach (var source in copy.Sources.Where(source => IsSecretFile(source.Text)))
                {
                    yield return context.Report(Descriptor,
                        $"{source.Text} usually holds secrets and ships in this layer; use "
                        + "RUN --mount=type=secret.",
                        source.Span);
                }
            }
        }
    }

    /// <summary>True when the last part of <paramref name="path"/> names a secret file.
    /// </summary>
    internal static bool IsSecretFile(string path)
    {
        var name = path.TrimEnd('/').Split('/')[^1];
        return Names.Contains(name, StringComparer.Ordinal)
            || (name.StartsWith(".env.", StringComparison.Ordinal) && !name.EndsWith(".example",
                StringComparison.Ordinal) && !name.EndsWith(".sample", StringComparison.Ordinal))
            || Suffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }
}

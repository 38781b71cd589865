using Ballast.Knowledge;
using CsCheck;
using Xunit;

namespace Ballast.Tests.Knowledge;

public sealed class KnowledgeRobustnessTests
{
    // Words that steer the tag parser into its branches, mixed with arbitrary text.
    private static readonly Gen<string> TagWord = Gen.OneOf<string>(
        Gen.OneOf<string>(
            "3.11.2", "20", "8.0", "latest", "slim", "alpine", "alpine3.20", "3.21", "jdk",
            "jre", "bookworm", "noble", "chiseled", "aot", "rc", "iron", "edge", ""),
        Gen.String[0, 6]);

    private static readonly Gen<string> Tag =
        TagWord.Array[0, 5].Select(words => string.Join('-', words));

    private static readonly Gen<string> Repository = Gen.OneOf<string>(
        Gen.OneOf<string>(
            "python", "node", "golang", "eclipse-temurin", "mcr.microsoft.com/dotnet/sdk",
            "dotnet/aspnet", "debian", "ubuntu", "alpine", "gcr.io/distroless/cc-debian13",
            "rust", "php", "ruby", "openjdk", "buildpack-deps"),
        Gen.String[0, 20]);

    [Fact]
    public void Any_repository_and_tag_is_described_or_rejected_without_an_exception()
    {
        var catalog = BaseImageCatalog.Default;

        Gen.Select(Repository, Tag).Sample((repository, tag) =>
        {
            var facts = catalog.Describe(repository, tag);
            if (facts is null)
            {
                return true;
            }

            _ = catalog.SlimTwin(facts);
            foreach (var need in Enum.GetValues<RuntimeNeed>())
            {
                _ = catalog.RuntimeBase(facts, need);
            }

            return facts.Tag.Length > 0 && facts.Family.Length > 0;
        }, iter: 3000);
    }

    [Fact]
    public void A_described_musl_image_never_gets_a_glibc_runtime_base()
    {
        var catalog = BaseImageCatalog.Default;

        Gen.Select(Repository, Tag).Sample((repository, tag) =>
        {
            var facts = catalog.Describe(repository, tag);
            if (facts is not { IsMusl: true })
            {
                return true;
            }

            var runtime = catalog.RuntimeBase(facts);
            return runtime is null
                || runtime.Repository == "alpine"
                || runtime.Tag.Contains("alpine", StringComparison.Ordinal);
        }, iter: 3000);
    }

    [Fact]
    public void Any_package_and_release_text_gives_an_answer_without_an_exception()
    {
        var facts = PackageFacts.Default;
        var release = Gen.OneOf<string>(
            Gen.OneOf<string>("bookworm", "trixie", "noble", "alpine3.20", "12", ""),
            Gen.String[0, 10]);

        Gen.Select(Gen.String[0, 30], release).Sample((package, name) =>
        {
            _ = facts.RuntimePackagesFor(package, name);
            _ = facts.InstalledSize(package, name);
            _ = facts.Closure(package, name);
            return facts.Canonical(package, name).Length <= Math.Max(package.Length, 64);
        }, iter: 2000);
    }
}

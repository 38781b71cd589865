using Ballast.Knowledge;
using ImageReference = Ballast.Knowledge.ImageReference;
using Ballast.Model;
using Ballast.Rules;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Restages a single-stage Go build on an official golang image: the builder keeps the
/// toolchain and the original steps; the final stage copies only the binary
/// <c>go build -o</c> wrote. A static binary (<c>CGO_ENABLED=0</c>) goes to distroless
/// static of the same Debian release; a cgo binary, or a build whose runtime settings need a
/// shell or system packages, goes to Debian slim of the same release.
/// </summary>
public sealed class GoRecipe(BaseImageCatalog images, PackageFacts packages) : Recipe
{
    // The go command fetches modules with these when a module is not on the proxy.
    private static readonly CompiledLanguage Go = new(
        new HashSet<string>(
            ["go.mod", "go.sum", "go.work", "go.work.sum"], StringComparer.Ordinal),
        [".go"],
        ["git", "mercurial", "hg", "bzr"]);

    /// <inheritdoc />
    public override string Name => "go";

    /// <inheritdoc />
    public override Recognition Recognise(DockerfileModel model, Stage stage)
    {
        var facts = images.DescribeBase(stage);
        if (facts?.Family != "golang")
        {
            return Recognition.No($"{stage.BaseName} is not an official golang image");
        }

        return GoBuild.Find(stage).Build is null
            ? Recognition.No("no `go build -o` was found")
            : Recognition.Yes;
    }

    /// <inheritdoc />
    public override RestageResult Restage(DockerfileModel model, string? contextDirectory)
    {
        var text = model.Source.Text;
        var stage = model.Stages[0];
        var facts = images.DescribeBase(stage);
        var (build, problem) = GoBuild.Find(stage);
        if (facts is null || build is null)
        {
            return RestageResult.Skipped(text, problem ?? "the base image is not known");
        }

        var system = Go.SystemPackages(stage, facts, packages, build.Static);
        if (system.Builder.Count + system.Runtime.Count > 0 && facts.Distro != Distro.Debian)
        {
            return RestageResult.Skipped(text, "Limitation: system packages are split only "
                + "for Debian-based golang images");
        }

        var shell = ShellNeeds.Of(stage);
        var runtime = RuntimeBase(facts, build, system, shell);
        if (runtime is null)
        {
            return RestageResult.Skipped(text,
                $"no smaller runtime base of the same release as {stage.BaseName} is known");
        }

        runtime = NonrootTag(runtime);
        var first = new ManifestsFirst(model, stage, contextDirectory);
        var tree = SourceTreeFiles.Of(stage, build.Run, build.Binary);
        var plan = new BinaryPlan(build.Run, build.Binary, runtime, system, shell,
            RuntimePackages(runtime, system, shell))
        {
            BuilderInserts = first.Go(build.Run),
            FinalExtras = tree.Paths,
        };
        var result = new BinaryWriter(model, stage, plan, facts, images, packages,
                path => Go.IsSource(path, contextDirectory))
            .Write("the Go toolchain and the module cache", "the binary",
                GoExplanation(build, runtime));
        result = result with
        {
            Changes = [.. result.Changes, .. first.Changes, .. tree.Changes],
        };
        return plan.IsDistroless && !stage.Instructions.Any(i => i.Name == "USER")
            ? result with { Changes = [.. result.Changes, NonrootChange(runtime)] }
            : result;
    }

    // Distroless publishes no version tags: `latest` (root) and `nonroot` (uid 65532) follow
    // the same build. `latest` trips BL452, so the rewrite names `nonroot`.
    private static ImageReference NonrootTag(ImageReference runtime) =>
        runtime.Repository.Contains("/distroless/", StringComparison.Ordinal)
            ? runtime with { Tag = "nonroot" }
            : runtime;

    private static ChangeExplanation NonrootChange(ImageReference runtime) => new(
        $"The program runs as the user nonroot (65532) of {runtime}, not as root.",
        "Distroless has no version tags; `latest` moves like any latest tag (BL452) and "
        + "`nonroot` is the same image with a non-root user. The original set no USER; a "
        + "program that writes outside /tmp and /home/nonroot needs a writable volume or "
        + "`USER root`.");

    private ImageReference? RuntimeBase(
        BaseImageFacts facts, GoBuild build, SystemPackagePlan system, ShellNeeds shell)
    {
        if (facts.IsMusl)
        {
            return images.RuntimeBase(facts, RuntimeNeed.StaticBinary);
        }

        if (build.Static && system.Runtime.Count == 0 && shell.Reasons.Count == 0
            && shell.Programs.Count == 0)
        {
            return images.RuntimeBase(facts, RuntimeNeed.StaticBinary);
        }

        return facts.Distro == Distro.Debian && facts.Release.Length > 0
            ? new ImageReference("debian", facts.Release + "-slim")
            : null;
    }

    private static List<string> RuntimePackages(
        ImageReference runtime, SystemPackagePlan system, ShellNeeds shell)
    {
        if (!runtime.Repository.Equals("debian", StringComparison.Ordinal))
        {
            return [];
        }

        // The golang image carries CA certificates; Debian slim does not, and HTTPS clients
        // fail without them.
        return ["ca-certificates", .. system.Runtime, .. shell.Programs];
    }

    private static string GoExplanation(GoBuild build, ImageReference runtime) =>
        runtime.Repository.Contains("distroless/static", StringComparison.Ordinal)
            ? "The binary is built with CGO_ENABLED=0, so it needs no C library: distroless "
                + "static holds only CA certificates, time zones and a passwd file."
            : build.Static
                ? "The runtime settings need a shell or system packages, which distroless "
                    + "lacks, so the final stage is Debian slim of the same release."
                : "The binary is built with cgo (CGO_ENABLED is not 0), so it links against "
                    + "glibc of the builder's release; Debian slim of that release has it.";
}

using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;
using Ballast.Shell.Commands;
using ImageReference = Ballast.Knowledge.ImageReference;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Restages a single-stage Rust build on an official rust image: the builder keeps the
/// toolchain, the registry and the target folder; the final stage copies only the release
/// binary. A glibc binary goes to distroless cc of the same Debian release, or to Debian slim
/// of it when the binary needs shared libraries the build installed, or its settings need a
/// shell; a musl binary goes to distroless static.
/// </summary>
public sealed class RustRecipe(BaseImageCatalog images, PackageFacts packages) : Recipe
{
    // Cargo fetches git dependencies with git when the build configures it to.
    private static readonly CompiledLanguage Rust = new(
        new HashSet<string>(["Cargo.toml", "Cargo.lock", "build.rs"], StringComparer.Ordinal),
        [".rs"],
        ["git"]);

    /// <inheritdoc />
    public override string Name => "rust";

    /// <inheritdoc />
    public override Recognition Recognise(DockerfileModel model, Stage stage)
    {
        if (images.DescribeBase(stage)?.Family != "rust")
        {
            return Recognition.No($"{stage.BaseName} is not an official rust image");
        }

        var builds = stage.OfType<RunInstruction>().Any(run =>
            run.Commands?.Commands.Any(CargoBuild.IsReleaseBuild) == true);
        return builds ? Recognition.Yes : Recognition.No("no `cargo build --release` was found");
    }

    /// <inheritdoc />
    public override RestageResult Restage(DockerfileModel model, string? contextDirectory)
    {
        var text = model.Source.Text;
        var stage = model.Stages[0];
        var facts = images.DescribeBase(stage);
        var (build, problem) = CargoBuild.Find(stage, contextDirectory);
        if (facts is null || build is null)
        {
            return RestageResult.Skipped(text, problem ?? "the base image is not known");
        }

        var system = Rust.SystemPackages(stage, facts, packages, build.Static);
        if (system.Builder.Count + system.Runtime.Count > 0 && facts.Distro != Distro.Debian)
        {
            return RestageResult.Skipped(text, "Limitation: system packages are split only "
                + "for Debian-based rust images");
        }

        var shell = ShellNeeds.Of(stage);
        var releaseFromArg = MetaArgImage.ChoosesRelease(model, stage, facts.Release);
        var runtime = RuntimeBase(facts, build, system, shell, releaseFromArg);
        if (runtime is null)
        {
            return RestageResult.Skipped(text,
                $"no smaller runtime base of the same release as {stage.BaseName} is known");
        }

        var packagesToInstall = runtime.Repository == "debian"
            ? ["ca-certificates", .. system.Runtime, .. shell.Programs]
            : new List<string>();
        var plan = new BinaryPlan(build.Run, build.Binary, runtime, system, shell,
            packagesToInstall);
        var result = new BinaryWriter(model, stage, plan, facts, images, packages,
                path => Rust.IsSource(path, contextDirectory))
            .Write("the Rust toolchain, the registry and the target folder", "the binary",
                $"{runtime} is {facts.Release}, the release the binary was linked on, without "
                + "the toolchain.");
        return SourceCopy.Before(stage, build.Run) is null
            ? result
            : result with { Changes = [.. result.Changes, SourcesStayFirst] };
    }

    private static readonly ChangeExplanation SourcesStayFirst = new(
        "The sources are still copied before the cargo build; no dependency step was added "
        + "ahead of them.",
        "cargo fetches only for a complete crate: Cargo.toml names targets whose source files "
        + "must exist, so the manifests alone do not resolve without placeholder sources.");

    private ImageReference? RuntimeBase(
        BaseImageFacts facts, CargoBuild build, SystemPackagePlan system, ShellNeeds shell,
        bool releaseFromArg)
    {
        if (facts.IsMusl)
        {
            return images.RuntimeBase(facts, RuntimeNeed.StaticBinary);
        }

        // Distroless names the Debian version (cc-debian12), not the codename a build argument
        // gives, so a release chosen by an argument needs Debian slim to follow it.
        if (system.Runtime.Count == 0 && shell.Reasons.Count == 0 && shell.Programs.Count == 0
            && (build.Static || !releaseFromArg))
        {
            return images.RuntimeBase(facts,
                build.Static ? RuntimeNeed.StaticBinary : RuntimeNeed.DynamicGlibc);
        }

        return facts.Distro == Distro.Debian && facts.Release.Length > 0
            ? new ImageReference("debian", facts.Release + "-slim")
            : null;
    }
}

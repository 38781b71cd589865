using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;
using ImageReference = Ballast.Knowledge.ImageReference;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Restages a single-stage Java build (Maven, Gradle, or <c>javac</c> and <c>jar</c>) on a
/// JDK image (eclipse-temurin, the Temurin-based maven and gradle images, or the deprecated
/// openjdk): the builder keeps the JDK, the build tool and its dependency cache, with the
/// build files copied and the dependencies downloaded ahead of the sources; the final stage
/// runs the jar on the JRE of the same Java release and OS.
/// </summary>
public sealed class JavaRecipe(BaseImageCatalog images, PackageFacts packages) : Recipe
{
    private static readonly string[] Families = ["eclipse-temurin", "maven", "gradle", "openjdk"];

    // The build tools are packages too (apt-get install maven); they stay in the builder.
    private static readonly CompiledLanguage Java = new(
        new HashSet<string>(
            [
                "pom.xml", ".mvn", "mvnw", "build.gradle", "build.gradle.kts", "settings.gradle",
                "settings.gradle.kts", "gradle.properties", "gradle", "gradlew",
            ],
            StringComparer.Ordinal),
        [".java", ".kt", ".groovy", ".scala"],
        ["git", "maven", "gradle", "ant"]);

    /// <inheritdoc />
    public override string Name => "java";

    /// <inheritdoc />
    public override Recognition Recognise(DockerfileModel model, Stage stage)
    {
        var facts = images.DescribeBase(stage);
        if (facts is null || !Families.Contains(facts.Family) || !facts.ShipsBuildTools)
        {
            return Recognition.No($"{stage.BaseName} is not a JDK image (eclipse-temurin, "
                + "maven, gradle or openjdk)");
        }

        var (build, problem) = JavaBuild.Find(stage);
        return build is null ? Recognition.No(problem!) : Recognition.Yes;
    }

    /// <inheritdoc />
    public override RestageResult Restage(DockerfileModel model, string? contextDirectory)
    {
        var text = model.Source.Text;
        var stage = model.Stages[0];
        var facts = images.DescribeBase(stage);
        var (build, problem) = JavaBuild.Find(stage);
        if (facts is null || build is null)
        {
            return RestageResult.Skipped(text, problem ?? "the base image is not known");
        }

        if (images.RuntimeBase(facts) is not { } runtime)
        {
            return RestageResult.Skipped(text, NoJre(facts, stage));
        }

        var system = Java.SystemPackages(stage, facts, packages, staticBinary: false);
        var systemProblem = SystemProblem(facts, system);
        if (systemProblem is not null)
        {
            return RestageResult.Skipped(text, systemProblem);
        }

        var sources = SourceCopy.Before(stage, build.Run);
        var project = new JavaProject(sources?.ContextFolder(contextDirectory,
            build.ProjectFolder), Path.GetFileName(build.ProjectFolder.TrimEnd('/')));
        var (artefact, why) = JavaArtefact.Find(stage, build, project);
        if (artefact is null)
        {
            return RestageResult.Skipped(text, why!);
        }

        var prefetch = new DependencyPrefetch(model, stage, build, sources, project);
        var plan = new BinaryPlan(build.Run, artefact.Path, runtime, system,
            new ShellNeeds([], []), system.Runtime)
        {
            ArtefactDestination = artefact.Destination,
            BuilderInserts = prefetch.Inserts(),
            Rewrites = artefact.Rewrites,
        };
        // The JRE tag names the OS release exactly when the builder's does, so both follow
        // the same default; and a jar does not depend on the release. No pin is asked for.
        var result = new BinaryWriter(model, stage, plan, facts with { ReleaseIsCertain = true },
                images, packages, path => Java.IsSource(path, contextDirectory))
            .Write(Toolchain(build), "the jar",
                $"{runtime} is the Java {images.JavaRelease(facts)} runtime without the "
                + "compiler and the build tools; the jar's bytecode runs on it unchanged.");
        return result with
        {
            Changes = [.. result.Changes, .. prefetch.Changes, .. Deprecation(facts, runtime)],
        };
    }

    private static string Toolchain(JavaBuild build) => build.Tool switch
    {
        JavaBuildTool.Maven => "the JDK, Maven and its repository of downloaded dependencies",
        JavaBuildTool.Gradle => "the JDK, Gradle and its cache of downloaded dependencies",
        _ => "the JDK and the compiled classes",
    };

    private string NoJre(BaseImageFacts facts, Stage stage) =>
        images.JavaRelease(facts) is null
            ? $"the tag of {stage.BaseName} does not name a Temurin JDK release (such as "
                + "maven:3.9-eclipse-temurin-17 or gradle:8-jdk17), so the matching JRE is "
                + "not known"
            : $"no JRE image of the same Java release and OS as {stage.BaseName} is known";

    private static string? SystemProblem(BaseImageFacts facts, SystemPackagePlan system)
    {
        if (system.Builder.Count + system.Runtime.Count == 0)
        {
            return null;
        }

        if (facts.Distro is not (Distro.Ubuntu or Distro.Debian))
        {
            return "Limitation: system packages are split only for Ubuntu- and Debian-based "
                + "JDK images";
        }

        // openjdk was Debian; the JRE that replaces it is Ubuntu, where runtime libraries of
        // headers have other names.
        return facts.Family == "openjdk" && system.Replaced.Count > 0
            ? "Limitation: the runtime libraries of the -dev packages are not mapped from "
                + "openjdk's Debian to Temurin's Ubuntu"
            : null;
    }

    private static IEnumerable<ChangeExplanation> Deprecation(
        BaseImageFacts facts, ImageReference runtime)
    {
        if (facts.Family != "openjdk")
        {
            yield break;
        }

        yield return new ChangeExplanation(
            $"The final stage runs on {runtime}, not on an openjdk image.",
            "The openjdk images are deprecated (only early-access builds are updated since "
            + "July 2022) and have no JRE for this release; Eclipse Temurin is one of the "
            + "successors its README names. Move the builder to the Temurin JDK too.");
    }
}

using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;
using ImageReference = Ballast.Knowledge.ImageReference;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Restages a single-stage .NET build on the SDK image: the builder restores with only the
/// project files copied, then copies the sources and publishes; the final stage runs the
/// published folder on ASP.NET Core's image for web projects, the .NET runtime for console
/// applications, or runtime-deps for self-contained publishes, all of the same version and
/// OS. <c>dotnet run</c> in CMD becomes <c>dotnet</c> on the published DLL.
/// </summary>
public sealed class DotnetRecipe(BaseImageCatalog images, PackageFacts packages) : Recipe
{
    private static readonly CompiledLanguage Dotnet = new(
        new HashSet<string>(
            ["global.json", "NuGet.config", "nuget.config", "Directory.Build.props",
                "Directory.Build.targets", "Directory.Packages.props"],
            StringComparer.Ordinal),
        [".cs", ".fs", ".vb", ".csproj", ".fsproj", ".vbproj", ".sln", ".slnx"],
        ["git"]);

    /// <inheritdoc />
    public override string Name => "dotnet";

    /// <inheritdoc />
    public override Recognition Recognise(DockerfileModel model, Stage stage)
    {
        if (images.DescribeBase(stage)?.Repository != "dotnet/sdk")
        {
            return Recognition.No($"{stage.BaseName} is not the .NET SDK image");
        }

        var build = DotnetBuild.Find(stage);
        if (build is null)
        {
            return Recognition.No("no `dotnet publish`, `build` or `restore` was found");
        }

        return build.IsPublish || RunLaunch(stage) is not null
            ? Recognition.Yes
            : Recognition.No("the build does not publish, and no CMD or ENTRYPOINT runs "
                + "`dotnet run`");
    }

    /// <inheritdoc />
    public override RestageResult Restage(DockerfileModel model, string? contextDirectory)
    {
        var text = model.Source.Text;
        var stage = model.Stages[0];
        var facts = images.DescribeBase(stage);
        var build = DotnetBuild.Find(stage);
        if (facts is null || build is null)
        {
            return RestageResult.Skipped(text, "no `dotnet publish` or `dotnet run` was found");
        }

        var run = build.IsPublish ? null : RunLaunch(stage);
        if (!build.IsPublish && run is null)
        {
            return RestageResult.Skipped(text, "the build does not publish, and no CMD or "
                + "ENTRYPOINT runs `dotnet run`");
        }

        if (build.IsPublish && build.Output is null)
        {
            return RestageResult.Skipped(text, "`dotnet publish` has no plain -o, so the "
                + "output folder depends on the project's target framework; name it with -o");
        }

        var system = Dotnet.SystemPackages(stage, facts, packages, staticBinary: false);
        var shell = ShellNeeds.Of(stage);
        if (system.Builder.Count + system.Runtime.Count > 0 && facts.Distro is not
            (Distro.Debian or Distro.Ubuntu))
        {
            return RestageResult.Skipped(text, "Limitation: system packages are split only "
                + "for Debian- and Ubuntu-based SDK images");
        }

        var sources = SourceCopy.Before(stage, FirstDotnetRun(stage) ?? build.Run);
        var context = sources?.ContextFolder(contextDirectory, build.Folder);
        var projects = context is null ? [] : DotnetProject.At(ProjectIn(context, build));
        var publish = new DotnetPublish(stage, build, run, projects);
        if (publish.Problem is not null)
        {
            return RestageResult.Skipped(text, publish.Problem);
        }

        var kind = DotnetKind.Of(stage, build, projects, context is not null);
        if (images.RuntimeBase(facts, kind.Need) is not { } runtime)
        {
            return RestageResult.Skipped(text,
                $"no .NET runtime image of the same version as {stage.BaseName} is known");
        }

        var restore = new DotnetRestore(model, stage, build, sources, contextDirectory);
        var plan = new BinaryPlan(publish.Anchor, publish.Output, runtime, system, shell,
            RuntimePackages(facts, system, shell))
        {
            BuilderInserts = restore.Inserts(),
            BuilderTail = publish.Tail(build),
            BuilderTailComment = "Publish the application: the final stage runs the DLL "
                + "without the SDK.",
            Rewrites = publish.Rewrites,
            // `dotnet run` ran from the sources; the published application runs from its
            // folder, whose settings files the content root must find.
            FinalWorkdir = run is null ? null : publish.Output,
        };
        // The runtime tag keeps the SDK's OS words, so both follow the same default release:
        // no pin is asked for.
        var result = new BinaryWriter(model, stage, plan, facts with { ReleaseIsCertain = true },
                images, packages, path => Dotnet.IsSource(path, contextDirectory))
            .Write("the .NET SDK and the NuGet package cache", "the application",
                kind.Why(runtime));
        return result with { Changes = [.. result.Changes, .. restore.Changes] };
    }

    /// <summary>The CMD or ENTRYPOINT that runs <c>dotnet run</c>, or null.</summary>
    internal static CommandInstruction? RunLaunch(Stage stage) =>
        stage.OfType<CommandInstruction>().LastOrDefault(command =>
            command.Name is "CMD" or "ENTRYPOINT" && CommandWords.Of(command) is
                ["dotnet", "run", ..]);

    private static RunInstruction? FirstDotnetRun(Stage stage) =>
        stage.OfType<RunInstruction>().FirstOrDefault(run => run.Commands?.Commands.Any(
            command => command.ProgramName == "dotnet") == true);

    private static string ProjectIn(string context, DotnetBuild build) =>
        build.Project is { } project && !project.StartsWith('/')
            ? Path.Combine(context, project)
            : context;

    // The SDK image has curl for health checks; the runtime images do not.
    private static List<string> RuntimePackages(
        BaseImageFacts facts, SystemPackagePlan system, ShellNeeds shell) =>
        facts.Distro is Distro.Debian or Distro.Ubuntu
            ? [.. system.Runtime, .. shell.Programs.Except(system.Runtime)]
            : [];
}

using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;
using Ballast.Shell.Commands;
using ImageReference = Ballast.Knowledge.ImageReference;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Restages a single-stage Node build (npm, yarn, pnpm) on an official node image: the
/// builder installs every dependency, runs the build scripts and then prunes the development
/// dependencies; the final stage, on the slim image of the same release, copies the
/// application folder. <c>npm start</c> of a script that only calls node becomes the node
/// command.
/// </summary>
public sealed class NodeRecipe(BaseImageCatalog images, PackageFacts packages) : Recipe
{
    // node-gyp compiles native modules with these; they are build tools, not runtime needs.
    private static readonly string[] NativeBuildPrograms = ["python3", "python", "git"];

    /// <inheritdoc />
    public override string Name => "node";

    /// <inheritdoc />
    public override Recognition Recognise(DockerfileModel model, Stage stage)
    {
        if (Describe(stage)?.Family != "node")
        {
            return Recognition.No($"{stage.BaseName} is not an official node image");
        }

        return DependencyInstall(stage) is null
            ? Recognition.No("no npm, yarn or pnpm install of the project was found")
            : Recognition.Yes;
    }

    /// <inheritdoc />
    public override RestageResult Restage(DockerfileModel model, string? contextDirectory)
    {
        var text = model.Source.Text;
        var stage = model.Stages[0];
        var facts = Describe(stage);
        var install = DependencyInstall(stage);
        if (facts is null || install is null || images.SlimTwin(facts) is not { } slim)
        {
            return RestageResult.Skipped(text,
                $"no slim node image of the same release as {stage.BaseName} is known");
        }

        var appFolder = FolderAt(stage, install.Run);
        if (appFolder == "/" || stage.Workdir?.TrimEnd('/') != appFolder.TrimEnd('/'))
        {
            return RestageResult.Skipped(text, "the dependencies are not installed in the "
                + "last WORKDIR, so the application folder to copy is not clear");
        }

        var system = SystemPackages(stage, facts);
        if (system.Builder.Count + system.Runtime.Count > 0 && facts.Distro != Distro.Debian)
        {
            return RestageResult.Skipped(text,
                "Limitation: system packages are split only for Debian-based node images");
        }

        if (facts.Variant != Variant.Full && system.Builder.Count == 0)
        {
            return RestageResult.Skipped(text, $"{stage.BaseName} is already a small image "
                + "and the build installs no build packages; a second stage would only drop "
                + "the development dependencies, which `npm ci --omit=dev` does in place");
        }

        var runtime = new ImageReference(stage.BaseImage!.ShortRepository, slim);
        var commands = new NodeCommands(contextDirectory);
        var prune = Prune(install.Command.Manager);
        var blocker = new NodePrune(contextDirectory).Blocker(stage);
        var first = new ManifestsFirst(model, stage, contextDirectory);
        var inserts = first.Node(install.Run);
        var plan = new BinaryPlan(LastPackageRun(stage), appFolder, runtime, system,
            new ShellNeeds([], []), system.Runtime)
        {
            BuilderInserts = inserts,
            BuilderMoved = first.Moved,
            BuilderTail = blocker is null ? [prune] : [],
            BuilderTailComment = "Development dependencies stay here: the final stage copies "
                + "the folder without them.",
            Rewrites = commands.Rewrites(stage),
        };
        var result = new BinaryWriter(model, stage, plan, facts, images, packages, _ => false)
            .Write("the build tools and development dependencies", "the application folder",
                $"The slim image is the same Node on the same release ({facts.Release}) without "
                + "compilers, headers and the buildpack tools of the full image.");
        return result with
        {
            Changes = [.. result.Changes, .. first.Changes, PruneChange(prune, blocker)],
        };
    }

    private static ChangeExplanation PruneChange(string prune, string? blocker) =>
        blocker is null
            ? new ChangeExplanation(
                $"The builder runs `{prune}` before the final stage copies the folder.",
                "The development dependencies (compilers, test and build tools) are not "
                + "needed to run, and the runtime command calls none of them.")
            : new ChangeExplanation(
                $"The development dependencies are kept: no `{prune}`.",
                $"Pruning would break the container: {blocker}.");

    private BaseImageFacts? Describe(Stage stage) =>
        stage.BaseImage is { } image
            ? images.Describe(image.ShortRepository, image.EffectiveTag)
            : null;

    private static PackageUse? DependencyInstall(Stage stage) =>
        stage.PackageUses().LastOrDefault(use => use.Command.Action == PackageAction.Install
            && use.Command.Manager is PackageManager.Npm or PackageManager.Yarn
                or PackageManager.Pnpm
            && !use.Command.Flags.HasFlag(PackageFlags.Global)
            && use.Command.Packages.Count == 0);

    // The application is ready after the last RUN that calls a package manager (install,
    // build script); the final stage copies the folder at that point.
    private static RunInstruction LastPackageRun(Stage stage) =>
        stage.OfType<RunInstruction>().Last(run => run.Commands?.Commands.Any(command =>
            command.ProgramName is "npm" or "yarn" or "pnpm" or "npx" or "corepack") == true);

    private static string FolderAt(Stage stage, RunInstruction run)
    {
        var folder = "/";
        foreach (var instruction in stage.Instructions)
        {
            if (ReferenceEquals(instruction, run))
            {
                return folder;
            }

            if (instruction.Name == "WORKDIR")
            {
                folder = PythonPlan.WorkdirAfter(instruction, folder);
            }
        }

        return folder;
    }

    private SystemPackagePlan SystemPackages(Stage stage, BaseImageFacts facts)
    {
        var installed = stage.PackageUses()
            .Where(use => use.Command.Action == PackageAction.Install
                && BuildTooling.IsSystemManager(use.Command.Manager))
            .SelectMany(use => use.Command.Packages.Select(package => package.Name));
        return SystemPackagePlan.Make(installed, NativeBuildPrograms.ToHashSet(), facts.Release,
            packages);
    }

    private static string Prune(PackageManager manager) => manager switch
    {
        PackageManager.Yarn => "yarn install --production --frozen-lockfile",
        PackageManager.Pnpm => "pnpm prune --prod",
        _ => "npm prune --omit=dev",
    };
}

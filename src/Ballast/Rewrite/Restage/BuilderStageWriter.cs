using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Writes the builder stage: the original instructions in order, with the system packages
/// merged into one RUN, a virtual environment created before the first dependency install,
/// the manifests copied before it, and the sources (and the steps on them) copied after the
/// last one, so that a source change reuses the dependency layers.
/// </summary>
internal sealed partial class BuilderStageWriter(
    Stage stage, PythonPlan plan, InstructionSource source, DockerfileWriter writer)
{
    private readonly List<Action> deferred = [];
    private bool packagesWritten;
    private bool environmentCreated;
    private bool manifestsCopied;
    private bool uvEnvironmentSet;

    public void Write(string fromLine)
    {
        writer.Line(fromLine);
        for (var i = 0; i < stage.Instructions.Count; i++)
        {
            Visit(i, stage.Instructions[i]);
            if (i == plan.LastDependencyIndex)
            {
                FlushDeferred();
            }
        }

        FlushDeferred();
    }

    private void FlushDeferred()
    {
        var pending = deferred.ToList();
        deferred.Clear();
        pending.ForEach(action => action());
    }

    private bool Deferring(int index) => index < plan.LastDependencyIndex;

    private void Visit(int index, Instruction instruction)
    {
        switch (instruction)
        {
            case RunInstruction run:
                VisitRun(index, run);
                break;
            case CopyInstruction { CopiesWholeContext: true } copy when Deferring(index):
                deferred.Add(() => Verbatim(copy));
                break;
            case CopyInstruction copy:
                Verbatim(copy);
                break;
            default:
                if (instruction.Name is "ENV" or "ARG" or "WORKDIR" or "SHELL")
                {
                    Verbatim(instruction);
                }

                break;
        }
    }

    private void VisitRun(int index, RunInstruction run)
    {
        var steps = plan.Steps[run];
        if (plan.OpaqueDependencyRuns.Contains(run))
        {
            PrepareEnvironment([]);
            FlushDeferred();
            Verbatim(run);
            return;
        }

        if (steps.Count == 0)
        {
            WhenSourcesAreThere(index, () => Verbatim(run));
            return;
        }

        var comments = source.Comments(run.Syntax);
        var flags = source.Flags(run.Syntax);
        foreach (var group in Groups(steps))
        {
            var kind = group[0].Kind;
            var texts = group.Select(Text).ToList();
            switch (kind)
            {
                case StepKind.SystemPackages:
                    WritePackages();
                    break;
                case StepKind.Tool or StepKind.Runtime:
                    WriteRun(comments, texts, flags);
                    break;
                case StepKind.Dependencies:
                    PrepareEnvironment(group);
                    if (group.Any(step => step.NeedsSource))
                    {
                        FlushDeferred();
                    }

                    WriteRun(comments, texts, flags);
                    break;
                case StepKind.Source or StepKind.Folders:
                    WhenSourcesAreThere(index, () => WriteRun(comments, texts, flags));
                    break;
            }
        }
    }

    private void WhenSourcesAreThere(int index, Action write)
    {
        if (Deferring(index))
        {
            deferred.Add(write);
            return;
        }

        write();
    }

    private void WritePackages()
    {
        if (packagesWritten || plan.SystemPackages.Builder.Count == 0)
        {
            return;
        }

        packagesWritten = true;
        var comments = plan.PackageRuns
            .Where(run => plan.Steps[run].Any(step => step.Package?.Packages.Any(package =>
                plan.SystemPackages.Builder.Contains(package.Name)) == true))
            .SelectMany(run => source.Comments(run.Syntax));
        writer.Line().Comments(comments);
        writer.Run(AptInstall.Commands(plan.SystemPackages.Builder));
    }

    private void PrepareEnvironment(List<Step> group)
    {
        if (!environmentCreated)
        {
            environmentCreated = true;
            writer.Line();
            writer.Line("# The dependencies go into a virtual environment the final stage copies.");
            writer.Line($"RUN python -m venv {PythonRecipe.VirtualEnvironment}");
            writer.Line(PythonRecipe.ActivateLine);
        }

        // uv's project commands use the project's .venv unless told otherwise.
        if (!uvEnvironmentSet && group.Any(IsUvSync))
        {
            uvEnvironmentSet = true;
            writer.Line($"ENV UV_PROJECT_ENVIRONMENT={PythonRecipe.VirtualEnvironment}");
        }

        // Manifests go first only when the sources were copied ahead of the install: when the
        // original already copied them first, nothing was waiting and nothing is added.
        if (manifestsCopied || deferred.Count == 0 || plan.Manifests.Count == 0
            || !group.Any(step => step.IsManifestInstall))
        {
            return;
        }

        manifestsCopied = true;
        plan.ManifestsWritten = true;
        writer.Line();
        writer.Line("# Dependency manifests first: "
            + "a source change keeps the install layer cached.");
        foreach (var destinationGroup in plan.Manifests
            .GroupBy(manifest => Folder(manifest.Destination)))
        {
            var sources = string.Join(' ', destinationGroup.Select(manifest => manifest.Source));
            writer.Line($"COPY {sources} {destinationGroup.Key}");
        }
    }

    private static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash <= 0 ? "/" : path[..(slash + 1)];
    }

    private static string Text(Step step)
    {
        // The sources arrive after the dependencies, so poetry must not install the project
        // itself yet; the application runs from its folder.
        if (step.Package is
            {
                Manager: Shell.Commands.PackageManager.Poetry,
                Action: Shell.Commands.PackageAction.Install,
            }
            && !step.Text.Contains("--no-root", StringComparison.Ordinal))
        {
            return step.Text + " --no-root";
        }

        // uv sync installs the project itself, whose sources arrive later, the same way.
        if (IsUvSync(step) && !step.Text.Contains("--no-install-project", StringComparison.Ordinal))
        {
            return step.Text + " --no-install-project";
        }

        // With --system, uv looks past the virtual environment for the image's own Python;
        // without it, uv installs into the active environment, the one the final stage copies.
        if (step.Package is { Manager: Shell.Commands.PackageManager.Uv } uv
            && uv.SubcommandText.StartsWith("pip", StringComparison.Ordinal))
        {
            return SystemOption().Replace(step.Text, "");
        }

        // pip refuses --user inside a virtual environment, whose packages are the user's own.
        if (step is
            {
                Kind: StepKind.Dependencies,
                Package: { Manager: Shell.Commands.PackageManager.Pip } pip,
            }
            && pip.HasOption("--user"))
        {
            return UserOption().Replace(step.Text, "");
        }

        return step.Text;
    }

    private static bool IsUvSync(Step step) => step.Package is
        { Manager: Shell.Commands.PackageManager.Uv, Action: Shell.Commands.PackageAction.Install }
        uv && uv.SubcommandText == "sync";

    [System.Text.RegularExpressions.GeneratedRegex(@"\s--system(?=\s|$)")]
    private static partial System.Text.RegularExpressions.Regex SystemOption();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s--user(?=\s|$)")]
    private static partial System.Text.RegularExpressions.Regex UserOption();

    private void WriteRun(IReadOnlyList<string> comments, List<string> texts, string flags)
    {
        writer.Line().Comments(comments);
        writer.Run(texts.Select(ScriptLine.Of).ToList(), flags);
    }

    private void Verbatim(Instruction instruction)
    {
        if (source.FollowsBlankLine(instruction.Syntax)
            || source.Comments(instruction.Syntax).Count > 0)
        {
            writer.Line();
        }

        writer.Comments(source.Comments(instruction.Syntax));
        writer.Line(source.Text(instruction.Syntax));
    }

    // Folder steps run in the builder with the source steps beside them, as they were written.
    private static StepKind InBuilder(StepKind kind) =>
        kind == StepKind.Folders ? StepKind.Source : kind;

    private static List<List<Step>> Groups(IReadOnlyList<Step> steps)
    {
        var groups = new List<List<Step>>();
        foreach (var step in steps.Where(step => step.Kind != StepKind.Dropped))
        {
            if (groups.Count > 0 && InBuilder(groups[^1][0].Kind) == InBuilder(step.Kind)
                && groups[^1][0].NeedsSource == step.NeedsSource)
            {
                groups[^1].Add(step);
            }
            else
            {
                groups.Add([step]);
            }
        }

        return groups;
    }
}

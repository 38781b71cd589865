using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Writes the final stage on the slim image in two passes, so the layers that change least
/// come first: the environment (ENV, ARG, LABEL, SHELL), the runtime packages in one RUN,
/// runtime steps such as creating users, and the virtual environment; then the application:
/// WORKDIR and every file the original copied, taken from the builder so the steps run on
/// them there still count, followed by USER, EXPOSE and the other settings, and CMD and
/// ENTRYPOINT without the packaging tool.
/// </summary>
internal sealed class FinalStageWriter(
    Stage stage,
    PythonPlan plan,
    InstructionSource source,
    DockerfileWriter writer,
    PythonExplanations explanations)
{
    private static readonly HashSet<string> Environment = ["ENV", "ARG", "LABEL", "SHELL"];

    private static readonly HashSet<string> Application =
    [
        "EXPOSE", "VOLUME", "USER", "STOPSIGNAL", "HEALTHCHECK", "ONBUILD", "WORKDIR",
        "MAINTAINER",
    ];

    private readonly List<string> copied = [];
    private readonly List<Step> pendingFolders = [];
    private IReadOnlyList<string> planned = [];
    private bool packagesWritten;
    private bool environmentCopied;
    private string workdir = "/";

    public void Write(string fromLine, string runtimeImage)
    {
        writer.Line("# Runtime: the slim image of the same release, "
            + "with only what the app needs to run.");
        writer.Line(fromLine);
        foreach (var instruction in stage.Instructions)
        {
            VisitEnvironment(instruction);
        }

        planned = PlannedCopies();
        foreach (var instruction in stage.Instructions)
        {
            VisitApplication(instruction);
        }

        WriteFolders();

        explanations.RuntimeImage = runtimeImage;
    }

    private void VisitEnvironment(Instruction instruction)
    {
        if (instruction is RunInstruction run)
        {
            VisitRun(run);
        }
        else if (Environment.Contains(instruction.Name))
        {
            Verbatim(instruction.Syntax, source.Text(instruction.Syntax));
        }
    }

    private void VisitApplication(Instruction instruction)
    {
        if (instruction.Name == "WORKDIR")
        {
            workdir = PythonPlan.WorkdirAfter(instruction, workdir);
        }

        if (instruction.Name is "CMD" or "ENTRYPOINT"
            || (Application.Contains(instruction.Name) && instruction.Name != "WORKDIR"))
        {
            WriteFolders();
        }

        switch (instruction)
        {
            case RunInstruction run:
                pendingFolders.AddRange(
                    plan.Steps[run].Where(step => step.Kind == StepKind.Folders));
                break;
            case CopyInstruction copy when copy.FromContext:
                CopyFromBuilder(copy);
                WriteFolders();
                break;
            case CopyInstruction copy when !IsToolCopy(copy):
                Verbatim(copy.Syntax, source.Text(copy.Syntax));
                break;
            case CommandInstruction command when command.Name is "CMD" or "ENTRYPOINT":
                Verbatim(command.Syntax,
                    CommandRewriter.WithoutToolRun(command, source, explanations));
                break;
            default:
                if (Application.Contains(instruction.Name))
                {
                    Verbatim(instruction.Syntax, source.Text(instruction.Syntax));
                }

                break;
        }
    }

    // uv copied from its image installs the dependencies; the environment runs without it.
    private static bool IsToolCopy(CopyInstruction copy) =>
        copy.From?.Contains("astral-sh/uv", StringComparison.Ordinal) == true;

    private void VisitRun(RunInstruction run)
    {
        var steps = plan.Steps[run];
        if (steps.Any(step => step.Kind == StepKind.SystemPackages))
        {
            WritePackages();
        }

        if (steps.Any(step => step.Kind == StepKind.Dependencies))
        {
            CopyEnvironment();
        }

        var runtime = steps.Where(step => step.Kind == StepKind.Runtime).ToList();
        if (runtime.Count > 0)
        {
            writer.Line().Comments(source.Comments(run.Syntax));
            writer.Run(runtime.Select(step => ScriptLine.Of(step.Text)).ToList(),
                source.Flags(run.Syntax));
        }
    }

    /// <summary>Writes the folder steps seen so far: after the copies from the builder, which
    /// give root every file, and before the settings (a USER could no longer change owners).
    /// </summary>
    /// <remarks>Limitation: a folder step followed by a setting such as USER and only then by
    /// the COPY of the application runs before that copy.</remarks>
    private void WriteFolders()
    {
        if (pendingFolders.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Run(pendingFolders.Select(step => ScriptLine.Of(step.Text)).ToList());
        pendingFolders.Clear();
    }

    private void WritePackages()
    {
        var packages = plan.SystemPackages.Runtime.Union(plan.HealthPackages).ToList();
        if (packagesWritten || packages.Count == 0)
        {
            return;
        }

        packagesWritten = true;
        var comments = plan.PackageRuns
            .Where(run => plan.Steps[run].Any(step => step.Package?.Packages.Any(package =>
                !plan.SystemPackages.Builder.Contains(package.Name)
                || plan.SystemPackages.Replaced.Any(pair => pair.Development == package.Name
                    && pair.Runtime.Count > 0)) == true))
            .SelectMany(run => source.Comments(run.Syntax));
        writer.Line().Comments(comments);
        writer.Run(AptInstall.Commands(packages));
    }

    private void CopyEnvironment()
    {
        if (environmentCopied)
        {
            return;
        }

        environmentCopied = true;
        WritePackages();
        writer.Line();
        writer.Line($"COPY --from=builder {PythonRecipe.VirtualEnvironment} "
            + $"{PythonRecipe.VirtualEnvironment}");
        writer.Line(PythonRecipe.ActivateLine);
    }

    private void CopyFromBuilder(CopyInstruction copy)
    {
        var destination = copy.ExpandedDestination;
        if (destination is null)
        {
            return;
        }

        var path = TargetPath(copy, destination, workdir);
        if (copied.Any(folder => Covers(folder, path)) || planned.Any(other => other != path
            && Covers(other, path)))
        {
            return;
        }

        copied.Add(path);
        var flags = string.Concat(copy.Syntax.Flags
            .Where(flag => flag.Name is "chown" or "chmod" or "link")
            .Select(flag => " " + source.Text(copy.Syntax).Substring(
                flag.Span.Start - copy.Span.Start, flag.Span.Length)));
        Verbatim(copy.Syntax, $"COPY --from=builder{flags} {path} {path}");
    }

    /// <summary>Where each context COPY lands, so a copy inside a folder another copy brings
    /// over is not written twice.</summary>
    private List<string> PlannedCopies() =>
        plan.ContextCopies().Select(copy => TargetPath(copy.Copy, copy.Destination, "/")).ToList();

    private string TargetPath(CopyInstruction copy, string destination, string folder)
    {
        var path = destination.StartsWith('/') ? destination : PythonPlan.Join(folder, destination);
        if (path.EndsWith('/') && copy.Sources.Count == 1 && IsFile(copy.Sources[0].Text))
        {
            path += Path.GetFileName(copy.Sources[0].Text);
        }

        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static bool Covers(string folder, string path) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    /// <summary>True when a COPY source is a file (its name is appended to a folder
    /// destination); a folder's contents land in the destination itself.</summary>
    private bool IsFile(string sourcePath)
    {
        if (sourcePath.EndsWith('/') || sourcePath is "." or "*" or "./*")
        {
            return false;
        }

        return plan.ContextDirectory is { } context
            ? File.Exists(Path.Combine(context, sourcePath))
            : Path.HasExtension(sourcePath);
    }

    private void Verbatim(Syntax.InstructionSyntax syntax, string text)
    {
        if (source.FollowsBlankLine(syntax) || source.Comments(syntax).Count > 0)
        {
            writer.Line();
        }

        writer.Comments(source.Comments(syntax));
        writer.Line(text);
    }
}

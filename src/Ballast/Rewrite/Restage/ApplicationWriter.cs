using Ballast.Files;
using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Writes an interpreted application (Ruby, PHP) as two stages. The builder runs the original
/// steps with the system packages merged into one RUN and the manifests copied ahead of the
/// sources, so a source change reuses the dependency layer. The final stage carries the
/// environment, installs the runtime libraries, copies the installed dependencies and the
/// application folder from the builder, and keeps every runtime setting in its order.
/// </summary>
internal sealed class ApplicationWriter
{
    private static readonly HashSet<string> Environment = ["ENV", "ARG", "LABEL", "SHELL"];

    private static readonly HashSet<string> Application =
    [
        "EXPOSE", "VOLUME", "USER", "STOPSIGNAL", "HEALTHCHECK", "ONBUILD", "WORKDIR",
        "MAINTAINER",
    ];

    private readonly DockerfileModel model;
    private readonly Stage stage;
    private readonly ApplicationPlan plan;
    private readonly ApplicationLayout layout;
    private readonly string runtimeImage;
    private readonly InstructionSource source;
    private readonly DockerfileWriter builder;
    private readonly DockerfileWriter final;
    private readonly List<Action> deferred = [];
    private readonly List<ChangeExplanation> commandChanges = [];
    private readonly List<string> copied = [];
    private readonly CopyInstruction? lastContextCopy;
    private bool packagesWritten;
    private bool environmentWritten;
    private bool installWritten;
    private bool afterSourcesWritten;
    private bool lastContextCopyWritten;
    private bool sourcesWaitAtInstall;
    private bool relativeCopyWaits;
    private string builderWorkdir = "/";

    public ApplicationWriter(
        DockerfileModel model,
        Stage stage,
        ApplicationPlan plan,
        ApplicationLayout layout,
        string runtimeImage)
    {
        this.model = model;
        this.stage = stage;
        this.plan = plan;
        this.layout = layout;
        this.runtimeImage = runtimeImage;
        source = new InstructionSource(model.Syntax);
        var lineEnding = LineEndings.Dominant(model.Source.Text);
        builder = new DockerfileWriter(lineEnding, model.Syntax.Escape);
        final = new DockerfileWriter(lineEnding, model.Syntax.Escape);
        lastContextCopy = stage.OfType<CopyInstruction>().LastOrDefault(copy => copy.FromContext);
    }

    /// <summary>True once the builder copied the manifests ahead of the sources.</summary>
    public bool ManifestsFirst { get; private set; }

    /// <summary>The CMD and ENTRYPOINT changes made while writing the final stage.</summary>
    public IReadOnlyList<ChangeExplanation> CommandChanges => commandChanges;

    /// <summary>The two stages' text.</summary>
    public string Write()
    {
        WritePreamble();
        WriteBuilder();
        WriteFinal();
        return builder + LineEndings.Dominant(model.Source.Text) + final;
    }

    private void WritePreamble() =>
        RestagePreamble.Write(builder, model, stage, source,
            "compilers, headers and package tools stay in this stage.");

    private void WriteBuilder()
    {
        builder.Line(FromLine(stage.BaseText) + " AS builder");
        for (var i = 0; i < stage.Instructions.Count; i++)
        {
            VisitBuilder(i, stage.Instructions[i]);
        }

        Flush();
        WriteAfterSources();
    }

    private void VisitBuilder(int index, Instruction instruction)
    {
        if (instruction.Name == "WORKDIR")
        {
            builderWorkdir = PythonPlan.WorkdirAfter(instruction, builderWorkdir);
        }

        switch (instruction)
        {
            case RunInstruction run:
                VisitBuilderRun(index, run);
                break;
            case CopyInstruction { FromContext: true } copy
                when index < plan.LastDependencyIndex && !CopiesOnlyManifests(copy):
                Defer(copy);
                break;
            case CopyInstruction { FromContext: true } copy:
                WriteContextCopy(copy);
                break;
            case CopyInstruction copy:
                Verbatim(builder, copy.Syntax, source.Text(copy.Syntax));
                break;
            case { Name: "WORKDIR" } when relativeCopyWaits:
                // A relative COPY waiting for the install would land elsewhere after a new
                // WORKDIR, so what waits is written first.
                Flush();
                Verbatim(builder, instruction.Syntax, source.Text(instruction.Syntax));
                break;
            case { Name: "ENV" or "ARG" or "WORKDIR" or "SHELL" }:
                Verbatim(builder, instruction.Syntax, source.Text(instruction.Syntax));
                break;
        }
    }

    // The manifests can go first only when the whole context lands where the install runs:
    // then the context's root holds them.
    private void Defer(CopyInstruction copy)
    {
        if (copy.CopiesWholeContext && copy.ExpandedDestination is { } destination
            && TargetPath(copy, destination, builderWorkdir) == InstallFolder().TrimEnd('/'))
        {
            sourcesWaitAtInstall = true;
        }

        if (copy.ExpandedDestination?.StartsWith('/') != true)
        {
            relativeCopyWaits = true;
        }

        deferred.Add(() => WriteContextCopy(copy));
    }

    private void VisitBuilderRun(int index, RunInstruction run)
    {
        if (!plan.Steps.TryGetValue(run, out var steps))
        {
            WhenSourcesAreThere(() => Verbatim(builder, run.Syntax, source.Text(run.Syntax)));
            return;
        }

        var comments = source.Comments(run.Syntax);
        var flags = source.Flags(run.Syntax);
        var groups = Groups(steps);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var texts = group.Select(step => step.Text).ToList();
            switch (group[0].Kind)
            {
                case StepKind.SystemPackages:
                    WriteBuilderPackages();
                    break;
                case StepKind.Tool:
                    WriteRun(builder, comments, texts, flags);
                    break;
                case StepKind.Dependencies:
                    WriteInstall(comments, group, flags);
                    if (index == plan.LastDependencyIndex
                        && !groups.Skip(g + 1).Any(later => later[0].Kind == StepKind.Dependencies))
                    {
                        installWritten = true;
                        Flush();
                        WriteAfterSources();
                    }

                    break;
                case StepKind.Source or StepKind.Runtime:
                    WhenSourcesAreThere(() => WriteRun(builder, comments, texts, flags));
                    break;
            }
        }
    }

    private void WriteInstall(IReadOnlyList<string> comments, List<Step> group, string flags)
    {
        if (!environmentWritten && layout.Environment.Count > 0)
        {
            environmentWritten = true;
            builder.Line().Line($"# {layout.Ecosystem} dependency settings, in both stages.");
            foreach (var line in layout.Environment)
            {
                builder.Line(line);
            }
        }

        if (deferred.Count > 0 && (!sourcesWaitAtInstall || layout.Manifests.Count == 0))
        {
            // The install cannot run on the manifests alone: the sources go first, as written.
            Flush();
        }

        if (!ManifestsFirst && deferred.Count > 0)
        {
            ManifestsFirst = true;
            builder.Line().Line("# Dependency manifests first: "
                + "a source change keeps the install layer cached.");
            builder.Line($"COPY {string.Join(' ', layout.Manifests)} {InstallFolder()}");
        }

        WriteRun(builder, comments, group.Select(layout.InstallText).ToList(), flags);
    }

    private string InstallFolder()
    {
        var workdir = "/";
        foreach (var instruction in stage.Instructions.Take(plan.LastDependencyIndex + 1))
        {
            if (instruction.Name == "WORKDIR")
            {
                workdir = PythonPlan.WorkdirAfter(instruction, workdir);
            }
        }

        return workdir.EndsWith('/') ? workdir : workdir + "/";
    }

    private void WriteContextCopy(CopyInstruction copy)
    {
        Verbatim(builder, copy.Syntax, source.Text(copy.Syntax));
        if (ReferenceEquals(copy, lastContextCopy))
        {
            lastContextCopyWritten = true;
            WriteAfterSources();
        }
    }

    private void WriteAfterSources()
    {
        if (afterSourcesWritten || !installWritten || layout.AfterSources.Count == 0
            || (lastContextCopy is not null && !lastContextCopyWritten))
        {
            return;
        }

        afterSourcesWritten = true;
        builder.Line().Line("# " + layout.AfterSourcesComment);
        builder.Run(layout.AfterSources.Select(ScriptLine.Of).ToList());
    }

    private void WhenSourcesAreThere(Action write)
    {
        if (deferred.Count > 0)
        {
            deferred.Add(write);
            return;
        }

        write();
    }

    private void Flush()
    {
        var pending = deferred.ToList();
        deferred.Clear();
        sourcesWaitAtInstall = false;
        relativeCopyWaits = false;
        pending.ForEach(action => action());
    }

    private bool CopiesOnlyManifests(CopyInstruction copy) =>
        copy.Sources.Count > 0 && copy.Sources.All(word => layout.Manifests.Any(manifest =>
            Path.GetFileName(word.Text.TrimEnd('*')).StartsWith(
                manifest.TrimEnd('*'), StringComparison.Ordinal)));

    private void WriteBuilderPackages()
    {
        if (packagesWritten || plan.OriginalPackages.Count == 0)
        {
            return;
        }

        packagesWritten = true;
        var comments = plan.PackageRuns.SelectMany(run => source.Comments(run.Syntax));
        builder.Line().Comments(comments);
        builder.Run(PackageCommands(plan.OriginalPackages));
    }

    private IReadOnlyList<ScriptLine> PackageCommands(IReadOnlyList<string> packages) =>
        plan.SystemManager == PackageManager.Apk
            ? [new ScriptLine("apk add --no-cache", packages)]
            : AptInstall.Commands(packages);

    private void WriteFinal()
    {
        final.Line($"# Runtime: {runtimeImage} with only what the application needs to run.");
        final.Line(FromLine(MetaArgImage.Follow(model, stage, runtimeImage)));
        foreach (var instruction in stage.Instructions.Where(i => Environment.Contains(i.Name)))
        {
            Verbatim(final, instruction.Syntax, source.Text(instruction.Syntax));
        }

        if (layout.Environment.Count > 0)
        {
            final.Line();
            layout.Environment.ToList().ForEach(line => final.Line(line));
        }

        if (plan.SystemPackages.Runtime.Count > 0)
        {
            final.Line().Run(PackageCommands(plan.SystemPackages.Runtime));
        }

        if (layout.FinalCopies.Count > 0)
        {
            final.Line();
            foreach (var path in layout.FinalCopies)
            {
                final.Line($"COPY --from=builder {path} {CopyDestination(path)}");
            }
        }

        var workdir = "/";
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Name == "WORKDIR")
            {
                workdir = PythonPlan.WorkdirAfter(instruction, workdir);
            }

            VisitFinal(instruction, workdir);
        }
    }

    // A glob's matches land in its folder; a folder or file lands at its own path.
    private static string CopyDestination(string path) =>
        path.Contains('*', StringComparison.Ordinal) ? path[..(path.LastIndexOf('/') + 1)] : path;

    private void VisitFinal(Instruction instruction, string workdir)
    {
        switch (instruction)
        {
            case CopyInstruction copy when copy.FromContext:
                CopyFromBuilder(copy, workdir);
                break;
            case CopyInstruction copy when !layout.IsToolCopy(copy):
                Verbatim(final, copy.Syntax, source.Text(copy.Syntax));
                break;
            case RunInstruction run:
                VisitFinalRun(run);
                break;
            case CommandInstruction command when command.Name is "CMD" or "ENTRYPOINT":
                Verbatim(final, command.Syntax, CommandText(command));
                break;
            default:
                if (Application.Contains(instruction.Name))
                {
                    Verbatim(final, instruction.Syntax, source.Text(instruction.Syntax));
                }

                break;
        }
    }

    private void VisitFinalRun(RunInstruction run)
    {
        if (plan.WholeInBoth.Contains(run))
        {
            Verbatim(final, run.Syntax, source.Text(run.Syntax));
            return;
        }

        var runtime = plan.Steps.GetValueOrDefault(run)?
            .Where(step => step.Kind == StepKind.Runtime).Select(step => step.Text).ToList();
        if (runtime is { Count: > 0 })
        {
            WriteRun(final, source.Comments(run.Syntax), runtime, source.Flags(run.Syntax));
        }
    }

    private string CommandText(CommandInstruction command)
    {
        var original = source.Text(command.Syntax);
        if (layout.Rewrite(command, original) is not { } rewrite)
        {
            return original;
        }

        commandChanges.Add(rewrite.Change);
        return rewrite.Text ?? original;
    }

    private void CopyFromBuilder(CopyInstruction copy, string workdir)
    {
        if (copy.ExpandedDestination is not { } destination)
        {
            return;
        }

        var path = TargetPath(copy, destination, workdir);
        if (copied.Any(folder => Covers(folder, path)) || Planned().Any(other => other != path
            && Covers(other, path)))
        {
            return;
        }

        copied.Add(path);
        var text = source.Text(copy.Syntax);
        var flags = string.Concat(copy.Syntax.Flags
            .Where(flag => flag.Name is "chown" or "chmod" or "link")
            .Select(flag => " " + text.Substring(flag.Span.Start - copy.Span.Start,
                flag.Span.Length)));
        Verbatim(final, copy.Syntax, $"COPY --from=builder{flags} {path} {path}");
    }

    private IEnumerable<string> Planned()
    {
        var workdir = "/";
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Name == "WORKDIR")
            {
                workdir = PythonPlan.WorkdirAfter(instruction, workdir);
            }

            if (instruction is CopyInstruction { FromContext: true } copy
                && copy.ExpandedDestination is { } destination)
            {
                yield return TargetPath(copy, destination, workdir);
            }
        }
    }

    private static string TargetPath(CopyInstruction copy, string destination, string folder)
    {
        var path = destination.StartsWith('/') ? destination : PythonPlan.Join(folder, destination);
        var single = copy.Sources.Count == 1 ? copy.Sources[0].Text : "";
        // A folder's contents land in the destination itself; only a file (told by its
        // extension or a capitalised manifest name) keeps its name under a folder destination.
        if (path.EndsWith('/') && single.Length > 0 && !single.EndsWith('/') && single != "."
            && (Path.HasExtension(single) || char.IsUpper(Path.GetFileName(single)[0])))
        {
            path += Path.GetFileName(single);
        }

        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static bool Covers(string folder, string path) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    private string FromLine(string image)
    {
        var from = stage.From;
        var flags = string.Concat(from.Flags.Select(flag =>
            " " + model.Source.Text.Substring(flag.Span.Start, flag.Span.Length)));
        return $"{from.Keyword}{flags} {image}";
    }

    private static void WriteRun(
        DockerfileWriter writer, IReadOnlyList<string> comments, List<string> texts, string flags)
    {
        writer.Line().Comments(comments);
        writer.Run(texts.Select(ScriptLine.Of).ToList(), flags);
    }

    private void Verbatim(DockerfileWriter writer, Syntax.InstructionSyntax syntax, string text)
    {
        if (source.FollowsBlankLine(syntax) || source.Comments(syntax).Count > 0)
        {
            writer.Line();
        }

        writer.Comments(source.Comments(syntax));
        writer.Line(text);
    }

    private static List<List<Step>> Groups(IReadOnlyList<Step> steps)
    {
        var groups = new List<List<Step>>();
        foreach (var step in steps.Where(step => step.Kind != StepKind.Dropped))
        {
            if (groups.Count > 0 && groups[^1][0].Kind == step.Kind)
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

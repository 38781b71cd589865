using Ballast.Files;
using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Writes a compiled build as two stages: the builder is the original stage without its
/// runtime-only settings; the final stage carries the settings over in their order and copies
/// the binary where the original built it, plus the files the original copied by name that
/// are not sources.
/// </summary>
internal sealed class BinaryWriter
{
    private static readonly HashSet<string> FinalOnly =
    [
        "EXPOSE", "VOLUME", "STOPSIGNAL", "HEALTHCHECK", "CMD", "ENTRYPOINT", "LABEL",
        "ONBUILD", "MAINTAINER",
    ];

    private static readonly HashSet<string> Settings =
    [
        "ENV", "ARG", "LABEL", "WORKDIR", "EXPOSE", "VOLUME", "STOPSIGNAL", "MAINTAINER",
    ];

    private readonly DockerfileModel model;
    private readonly Stage stage;
    private readonly BinaryPlan plan;
    private readonly BaseImageFacts facts;
    private readonly BaseImageCatalog images;
    private readonly PackageFacts packages;
    private readonly Predicate<string> isSource;
    private readonly InstructionSource source;
    private readonly DockerfileWriter builder;
    private readonly DockerfileWriter final;
    private readonly List<ChangeExplanation> changes = [];
    private readonly List<string> carried = [];
    private bool passwdCopied;

    public BinaryWriter(
        DockerfileModel model,
        Stage stage,
        BinaryPlan plan,
        BaseImageFacts facts,
        BaseImageCatalog images,
        PackageFacts packages,
        Predicate<string> isSource)
    {
        this.model = model;
        this.stage = stage;
        this.plan = plan;
        this.facts = facts;
        this.images = images;
        this.packages = packages;
        this.isSource = isSource;
        source = new InstructionSource(model.Syntax);
        var lineEnding = LineEndings.Dominant(model.Source.Text);
        builder = new DockerfileWriter(lineEnding, model.Syntax.Escape);
        final = new DockerfileWriter(lineEnding, model.Syntax.Escape);
    }

    /// <summary>Writes both stages; <paramref name="toolchain"/> names what stays in the
    /// builder, <paramref name="artefact"/> what the final stage takes from it, and
    /// <paramref name="whyRuntime"/> says why the runtime base fits.</summary>
    public RestageResult Write(string toolchain, string artefact, string whyRuntime)
    {
        WriteBuilder(toolchain);
        WriteFinal(artefact);
        var text = builder + LineEndings.Dominant(model.Source.Text) + final;
        changes.Insert(0, new ChangeExplanation(
            $"Split the build into a builder stage on {stage.BaseName} and a final stage on "
            + $"{plan.Runtime} that copies only {plan.Artefact}.",
            whyRuntime));
        AddPackageChanges();
        AddReleaseChange();
        AddFrozenArgumentChange();
        return new RestageResult(text, changes, Estimate(), null);
    }

    private void WriteBuilder(string toolchain)
    {
        RestagePreamble.Write(builder, model, stage, source, $"{toolchain} stay in this stage.");
        builder.Line(FromLine(stage.BaseText) + " AS builder");
        // A USER after the last step that runs or writes something only matters at run time.
        var lastStep = stage.Instructions.ToList().FindLastIndex(instruction =>
            instruction is RunInstruction or CopyInstruction);
        foreach (var (instruction, index) in stage.Instructions.Select((item, i) => (item, i)))
        {
            if (FinalOnly.Contains(instruction.Name) || instruction == plan.BuilderMoved
                || (instruction.Name == "USER" && index > lastStep))
            {
                continue;
            }

            if (plan.BuilderInserts.TryGetValue(instruction, out var inserted))
            {
                builder.Line();
                inserted.ToList().ForEach(line => builder.Line(line));
                builder.Line().Comments(source.Comments(instruction.Syntax))
                    .Line(source.Text(instruction.Syntax));
                continue;
            }

            Verbatim(builder, instruction.Syntax, source.Text(instruction.Syntax));
        }

        if (plan.BuilderTail.Count > 0)
        {
            builder.Line().Line("# " + plan.BuilderTailComment)
                .Run(plan.BuilderTail.Select(ScriptLine.Of).ToList());
        }
    }

    private void WriteFinal(string artefact)
    {
        final.Line($"# Runtime: the same release without the toolchain; only {artefact} and "
            + "its settings.");
        final.Line(FromLine(MetaArgImage.Follow(model, stage, plan.Runtime.ToString())));
        if (plan.RuntimePackages.Count > 0)
        {
            final.Line().Run(AptInstall.Commands(plan.RuntimePackages));
        }

        if (plan.FinalWorkdir is { } folder)
        {
            final.Line().Line($"WORKDIR {folder}");
            changes.Add(new ChangeExplanation(
                $"The final stage works in {folder}, not in the original WORKDIR.",
                "The application reads its settings files relative to the working directory, "
                + $"and {folder} is where they were published; the original folder holds only "
                + "sources in the builder."));
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

        if (carried.Count > 0)
        {
            changes.Add(new ChangeExplanation(
                $"The final stage copies {string.Join(", ", carried)} from the builder.",
                "The original copied them by name and they are not sources, so the program "
                + "may read them at run time."));
        }
    }

    private void VisitFinal(Instruction instruction, string workdir)
    {
        switch (instruction)
        {
            case RunInstruction run when ReferenceEquals(run, plan.Build):
                final.Line().Line($"COPY --from=builder {plan.Artefact} "
                    + (plan.ArtefactDestination ?? plan.Artefact));
                plan.FinalExtras.ToList().ForEach(path =>
                    final.Line($"COPY --from=builder {path} {path}"));
                break;
            case CopyInstruction copy when copy.FromContext:
                CarryCopy(copy, workdir);
                break;
            case CopyInstruction copy:
                Verbatim(final, copy.Syntax, source.Text(copy.Syntax));
                break;
            case CommandInstruction command:
                Verbatim(final, command.Syntax, CommandText(command));
                break;
            default:
                if (instruction.Name == "USER")
                {
                    CopyUsers(instruction);
                    Verbatim(final, instruction.Syntax, source.Text(instruction.Syntax));
                }
                else if (instruction.Name == "WORKDIR" && plan.FinalWorkdir is not null)
                {
                    break;
                }
                else if (Settings.Contains(instruction.Name))
                {
                    Verbatim(final, instruction.Syntax, source.Text(instruction.Syntax));
                }

                break;
        }
    }

    private string CommandText(CommandInstruction command)
    {
        var original = source.Text(command.Syntax);
        if (plan.Rewrites.TryGetValue(command, out var rewrite))
        {
            changes.Add(rewrite.Change);
            return rewrite.Text ?? original;
        }

        if (!plan.IsDistroless || command.IsExecForm
            || ShellNeeds.ExecForm(command, model.Source.Text) is not { } exec)
        {
            return original;
        }

        changes.Add(new ChangeExplanation(
            $"Wrote the {command.Name} in exec form.",
            $"{plan.Runtime} has no shell; the command's words need none."));
        return exec;
    }

    private void CopyUsers(Instruction user)
    {
        var name = user.Expand(user.Syntax.Arguments.FirstOrDefault()?.Text ?? "").Split(':')[0];
        if (passwdCopied || name.Length == 0 || name.All(char.IsAsciiDigit) || !CreatesUsers())
        {
            return;
        }

        passwdCopied = true;
        final.Line().Line("COPY --from=builder /etc/passwd /etc/passwd")
            .Line("COPY --from=builder /etc/group /etc/group");
        changes.Add(new ChangeExplanation(
            $"The final stage copies /etc/passwd and /etc/group from the builder.",
            $"USER {name} names an account the builder created; the runtime base does not "
            + "have it."));
    }

    // Only accounts the build created are missing from the runtime base; copying the
    // builder's passwd otherwise would drop the base's own (distroless nonroot).
    private bool CreatesUsers() =>
        stage.OfType<RunInstruction>().Any(run => run.Commands?.Commands.Any(command =>
            command.ProgramName is "useradd" or "adduser" or "groupadd" or "addgroup") == true);

    private void CarryCopy(CopyInstruction copy, string workdir)
    {
        if (copy.CopiesWholeContext || copy.ExpandedDestination is not { } destination
            || copy.Sources.All(word => isSource(word.Text)))
        {
            return;
        }

        var path = destination.StartsWith('/')
            ? destination
            : PythonPlan.Join(workdir, destination);
        // A folder's contents land in the destination itself; only a file (told by its
        // extension, as the context may be absent) keeps its name under a folder destination.
        var single = copy.Sources.Count == 1 ? copy.Sources[0].Text : "";
        if (path.EndsWith('/') && !single.EndsWith('/')
            && Path.GetFileName(single).Contains('.', StringComparison.Ordinal))
        {
            path += Path.GetFileName(copy.Sources[0].Text.TrimEnd('/'));
        }

        path = path.Length > 1 ? path.TrimEnd('/') : path;
        if (path == plan.Artefact || carried.Contains(path)
            || path.StartsWith(plan.Artefact + "/", StringComparison.Ordinal))
        {
            return;
        }

        carried.Add(path);
        Verbatim(final, copy.Syntax, $"COPY --from=builder {path} {path}");
    }

    private void AddPackageChanges()
    {
        if (plan.System.Builder.Count > 0)
        {
            changes.Add(new ChangeExplanation(
                $"Installed {string.Join(", ", plan.System.Builder)} only in the builder.",
                "They are needed to compile the program, not to run it."));
        }

        if (plan.RuntimePackages.Count > 0)
        {
            changes.Add(new ChangeExplanation(
                $"The final stage installs {string.Join(", ", plan.RuntimePackages)}.",
                "The program or its settings use them at run time (CA certificates for TLS, "
                + "shared libraries, the health check's client)."));
        }
    }

    // A static binary runs on any release; anything else was linked against the builder's.
    private void AddFrozenArgumentChange()
    {
        var runtime = plan.Runtime.ToString();
        var frozen = MetaArgImage.Unfollowed(model, stage, runtime);
        if (frozen.Count == 0 || runtime.Contains("distroless/static", StringComparison.Ordinal)
            || plan.Runtime.Repository == "scratch")
        {
            return;
        }

        changes.Add(new ChangeExplanation(
            $"The final stage's {runtime} does not read {string.Join(", ", frozen)}, which "
            + $"the builder's FROM reads.",
            "The runtime image names no such version; a build argument that moves the "
            + $"builder off {NullIfEmpty(facts.Release) ?? "its release"} needs the final "
            + "FROM changed to match."));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private void AddReleaseChange()
    {
        if (facts.ReleaseIsCertain || facts.Release.Length == 0)
        {
            return;
        }

        changes.Add(new ChangeExplanation(
            $"The final stage names {facts.Release}, the release {stage.BaseName} is built on "
            + "today.",
            "The builder's tag follows the image's default release; pin it with the release "
            + "suffix so both stages keep matching."));
    }

    private IReadOnlyList<string> Estimate()
    {
        var lines = new List<string>();
        var runtimeFacts = images.Describe(plan.Runtime.Repository, plan.Runtime.Tag);
        if (facts.EstimatedCompressedBytes is { } big)
        {
            var small = runtimeFacts?.EstimatedCompressedBytes;
            lines.Add(small is { } known && big > known
                ? $"Base image: about {Sizes.Megabytes(big - known)} smaller compressed "
                    + $"({stage.BaseName} to {plan.Runtime}, from published image sizes)."
                : $"Base image: the final image no longer carries {stage.BaseName} (about "
                    + $"{Sizes.Megabytes(big)} compressed); Ballast has no size for "
                    + $"{plan.Runtime}.");
        }

        var removed = Sum(plan.System.Builder);
        if (removed > 0)
        {
            lines.Add($"Packages: about {Sizes.Megabytes(removed)} of build-only packages leave "
                + $"the final image, {Sizes.Megabytes(Sum(plan.RuntimePackages))} come in "
                + $"(installed sizes on {facts.Release}, dependencies not counted).");
        }

        lines.Add(RestageResult.EstimateSource);
        return lines;
    }

    private long Sum(IEnumerable<string> names) =>
        packages.TotalInstalledSize(names, facts.Release);

    private string FromLine(string image)
    {
        var from = stage.From;
        var flags = string.Concat(from.Flags.Select(flag =>
            " " + model.Source.Text.Substring(flag.Span.Start, flag.Span.Length)));
        return $"{from.Keyword}{flags} {image}";
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
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Model;

/// <summary>Walks the instructions once, as BuildKit's converter does, tracking global ARGs,
/// each stage's ARG/ENV, SHELL, USER and WORKDIR, and the stage graph.</summary>
internal sealed partial class ModelBuilder(DockerfileSyntax syntax, ModelOptions options)
{
    private static readonly ImmutableDictionary<string, string> BuiltIns =
        new Dictionary<string, string>
        {
            ["BUILDPLATFORM"] = "linux/amd64",
            ["BUILDOS"] = "linux",
            ["BUILDARCH"] = "amd64",
            ["BUILDVARIANT"] = "",
            ["TARGETPLATFORM"] = "linux/amd64",
            ["TARGETOS"] = "linux",
            ["TARGETARCH"] = "amd64",
            ["TARGETVARIANT"] = "",
        }.ToImmutableDictionary();

    private static readonly HashSet<string> Known =
    [
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
        "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
        "WORKDIR",
    ];

    private readonly List<SyntaxDiagnostic> diagnostics = [];
    private readonly List<KeyValue> metaArgs = [];
    private readonly List<Stage> stages = [];

    // The first stage of each name, so that finding a stage by name does not walk every
    // earlier stage: files with thousands of stages made that quadratic. FROM compares
    // names ignoring case and --from compares lower-cased names, hence two tables.
    private readonly Dictionary<string, Stage> parentsByName =
        new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Stage> stagesByName = new(StringComparer.Ordinal);
    private ImmutableDictionary<string, string> meta = BuiltIns;
    private Stage? stage;
    private List<Instruction> instructions = [];
    private BuildEnvironment environment = BuildEnvironment.Empty;

    public DockerfileModel Build()
    {
        foreach (var instruction in syntax.Instructions)
        {
            if (!Known.Contains(instruction.Name))
            {
                Error($"unknown instruction: {instruction.Keyword}", instruction.KeywordSpan);
                continue;
            }

            Visit(instruction);
        }

        CloseStage();
        if (stages.Count == 0 && syntax.Instructions.Count > 0 && !syntax.HasErrors)
        {
            Error("dockerfile contains no stages to build", syntax.Instructions[^1].Span);
        }

        ResolveDependencies();
        return new DockerfileModel(syntax, metaArgs, stages, FindTarget(), diagnostics);
    }

    private void Visit(InstructionSyntax instruction)
    {
        if (instruction.Name == "FROM")
        {
            OpenStage(instruction);
            return;
        }

        if (stage is null)
        {
            if (instruction.Name == "ARG")
            {
                ReadMetaArg(instruction);
                return;
            }

            Error("no build stage in current context", instruction.KeywordSpan);
            return;
        }

        instructions.Add(Type(instruction));
    }

    private void ReadMetaArg(InstructionSyntax instruction)
    {
        var expander = new VariableExpander(name => meta.GetValueOrDefault(name), syntax.Escape);
        foreach (var word in instruction.Arguments)
        {
            var (name, value) = SplitArg(word.Text, expander);
            if (options.BuildArgs?.TryGetValue(name, out var given) == true)
            {
                value = given;
            }

            metaArgs.Add(new KeyValue(name, value, word));
            if (value is not null)
            {
                meta = meta.SetItem(name, value);
            }
        }
    }

    private void OpenStage(InstructionSyntax from)
    {
        CloseStage();
        stage = new Stage(stages.Count, from, syntax.Escape);
        ReadFrom(stage, from);
        environment = stage.ParentStage is { } parent
            ? parent.Environment with { Args = ImmutableDictionary<string, string>.Empty }
            : BuildEnvironment.Empty;
        stage.User = stage.ParentStage?.User;
        stage.Workdir = stage.ParentStage?.Workdir;
        stage.Shell = stage.ParentStage?.Shell ?? ["/bin/sh", "-c"];
        instructions = [];
    }

    private void ReadFrom(Stage current, InstructionSyntax from)
    {
        var words = from.Arguments;
        if (words.Count is not (1 or 3)
            || (words.Count == 3
                && !words[1].Text.Equals("AS", StringComparison.OrdinalIgnoreCase)))
        {
            Error("FROM requires either one or three arguments", from.Span);
        }

        if (words.Count == 3)
        {
            current.Name = words[2].Text.ToLowerInvariant();
            if (!StageName().IsMatch(current.Name))
            {
                Error($"invalid name for build stage: \"{words[2].Text}\", name can't start "
                    + "with a number or contain symbols", words[2].Span);
            }
        }

        if (words.Count == 0)
        {
            return;
        }

        var expander = new VariableExpander(name => meta.GetValueOrDefault(name), syntax.Escape);
        current.BaseText = words[0].Text;
        current.BaseName = expander.Expand(words[0].Text).Value;
        var platform = from.Flag("platform")?.Value;
        current.Platform = platform is null ? null : expander.Expand(platform).Value;
        var parent = parentsByName.GetValueOrDefault(current.BaseName);
        current.ParentStage = parent;
        current.BaseImage = parent is null ? ImageReference.Parse(current.BaseName) : null;
    }

    private void CloseStage()
    {
        if (stage is null)
        {
            return;
        }

        stage.Instructions = instructions;
        foreach (var instruction in instructions)
        {
            instruction.Stage = stage;
        }

        stage.Environment = environment;
        stages.Add(stage);
        if (stage.Name is { } name)
        {
            parentsByName.TryAdd(name, stage);
            stagesByName.TryAdd(name, stage);
        }

        stage = null;
    }

    private Instruction Type(InstructionSyntax instruction)
    {
        var before = environment;
        switch (instruction.Name)
        {
            case "RUN":
                return new RunInstruction(instruction, before, syntax.Source.Text, stage!.Shell);
            case "COPY" or "ADD":
                return new CopyInstruction(instruction, before);
            case "CMD" or "ENTRYPOINT" or "HEALTHCHECK":
                return new CommandInstruction(instruction, before);
            case "ENV" or "LABEL":
                return KeyValues(instruction, before);
            case "ARG":
                return Arg(instruction, before);
            case "WORKDIR":
                stage!.Workdir = JoinWorkdir(stage.Workdir, Expand(instruction, before));
                break;
            case "USER":
                stage!.User = Expand(instruction, before);
                break;
            case "SHELL" when instruction.JsonArguments is { Count: > 0 } shell:
                stage!.Shell = shell;
                break;
        }

        return new Instruction(instruction, before);
    }

    private string Expand(InstructionSyntax instruction, BuildEnvironment before)
    {
        var text = instruction.Arguments.Count > 0 ? instruction.Arguments[0].Text : "";
        return before.Expander(syntax.Escape).Expand(text).Value;
    }

    private static string JoinWorkdir(string? current, string path)
    {
        if (path.StartsWith('/') || (path.Length > 1 && path[1] == ':'))
        {
            return path;
        }

        var basePath = current ?? "/";
        return basePath.EndsWith('/') ? basePath + path : basePath + "/" + path;
    }

    private KeyValueInstruction KeyValues(InstructionSyntax instruction, BuildEnvironment before)
    {
        var words = instruction.Arguments;
        var expander = before.Expander(syntax.Escape);
        var pairs = new List<KeyValue>();
        var legacy = words.Count > 0 && !words[0].Text.Contains('=');
        if (legacy)
        {
            var rest = instruction.Rest.Text.Trim();
            var value = words.Count > 1 ? rest[words[0].Text.Length..].Trim() : null;
            pairs.Add(new KeyValue(words[0].Text,
                value is null ? null : expander.Expand(value).Value, words[0]));
        }
        else
        {
            foreach (var word in words)
            {
                var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
                var key = equals < 0 ? word.Text : word.Text[..equals];
                var value = equals < 0 ? null : expander.Expand(word.Text[(equals + 1)..]).Value;
                pairs.Add(new KeyValue(expander.Expand(key).Value, value, word));
            }
        }

        if (instruction.Name == "ENV")
        {
            var env = environment.Env;
            foreach (var pair in pairs.Where(pair => pair.Value is not null))
            {
                env = env.SetItem(pair.Key, pair.Value!);
            }

            environment = environment with { Env = env };
        }

        return new KeyValueInstruction(instruction, before, pairs, legacy);
    }

    private KeyValueInstruction Arg(InstructionSyntax instruction, BuildEnvironment before)
    {
        var pairs = new List<KeyValue>();
        var args = environment.Args;
        foreach (var word in instruction.Arguments)
        {
            var (name, value) = SplitArg(word.Text, before.Expander(syntax.Escape));
            if (options.BuildArgs?.TryGetValue(name, out var given) == true)
            {
                value = given;
            }
            else if (value is null && meta.TryGetValue(name, out var global))
            {
                // A stage ARG without a default inherits the global value.
                value = global;
            }

            pairs.Add(new KeyValue(name, value, word));
            args = args.SetItem(name, value ?? "");
        }

        environment = environment with { Args = args };
        return new KeyValueInstruction(instruction, before, pairs, legacyForm: false);
    }

    private static (string Name, string? Value) SplitArg(string word, VariableExpander expander)
    {
        var equals = word.IndexOf('=', StringComparison.Ordinal);
        return equals < 0
            ? (word, null)
            : (word[..equals], expander.Expand(word[(equals + 1)..]).Value);
    }

    private void ResolveDependencies()
    {
        foreach (var current in stages)
        {
            var dependencies = new List<Stage>();
            if (current.ParentStage is not null)
            {
                dependencies.Add(current.ParentStage);
            }

            foreach (var copy in current.OfType<CopyInstruction>()
                .Where(copy => copy.From is not null))
            {
                copy.FromStage = FindStage(copy.Expand(copy.From!), current);
                if (copy.FromStage is not null)
                {
                    dependencies.Add(copy.FromStage);
                }
            }

            foreach (var run in current.OfType<RunInstruction>())
            {
                dependencies.AddRange(run.Mounts
                    .Where(mount => mount.From is not null)
                    .Select(mount => FindStage(mount.From!, current))
                    .OfType<Stage>());
            }

            current.Dependencies = dependencies.Distinct().ToList();
        }
    }

    private Stage? FindStage(string reference, Stage current)
    {
        if (int.TryParse(reference, out var index))
        {
            return index >= 0 && index < current.Index ? stages[index] : null;
        }

        // The first stage of a name has the lowest index, so when it is not earlier than
        // the current stage no stage of that name is.
        return stagesByName.TryGetValue(reference.ToLowerInvariant(), out var candidate)
            && candidate.Index < current.Index
                ? candidate
                : null;
    }

    private Stage? FindTarget()
    {
        if (options.Target is null)
        {
            return stages.Count > 0 ? stages[^1] : null;
        }

        return stagesByName.GetValueOrDefault(options.Target.ToLowerInvariant());
    }

    private void Error(string message, TextSpan span) =>
        diagnostics.Add(new SyntaxDiagnostic("BL000", message, span, true));

    [GeneratedRegex("^[a-z][a-z0-9-_.]*$")]
    private static partial Regex StageName();
}

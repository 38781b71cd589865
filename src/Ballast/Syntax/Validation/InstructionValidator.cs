using Ballast.Text;

namespace Ballast.Syntax.Validation;

/// <summary>
/// The checks BuildKit makes when it turns a parsed line into an instruction (spec 1.9 and
/// 1.10): which flags each instruction accepts and their values, and how many arguments it
/// needs. Every problem becomes an error diagnostic on the flag or instruction it is about.
/// </summary>
internal sealed class InstructionValidator(List<SyntaxDiagnostic> diagnostics)
{
    private static readonly FlagRule[] NoFlags = [];

    private static readonly Dictionary<string, FlagRule[]> FlagsByInstruction = new()
    {
        ["FROM"] = [new("platform", FlagKind.Text)],
        ["COPY"] =
        [
            new("from", FlagKind.Text), new("chown", FlagKind.Text),
            new("chmod", FlagKind.Text, Check: FlagValues.Chmod), new("link", FlagKind.Boolean),
            new("parents", FlagKind.Boolean), new("exclude", FlagKind.Text, Repeatable: true),
        ],
        ["ADD"] =
        [
            new("chown", FlagKind.Text), new("chmod", FlagKind.Text, Check: FlagValues.Chmod),
            new("link", FlagKind.Boolean), new("keep-git-dir", FlagKind.Boolean),
            new("checksum", FlagKind.Text, Check: FlagValues.Checksum),
            new("unpack", FlagKind.Boolean), new("exclude", FlagKind.Text, Repeatable: true),
        ],
        ["RUN"] =
        [
            new("mount", FlagKind.Text, Repeatable: true, Check: MountValidator.Check),
            new("network", FlagKind.Text, Check: FlagValues.Network),
            new("security", FlagKind.Text, Check: FlagValues.Security),
            new("device", FlagKind.Text, Repeatable: true),
        ],
        ["HEALTHCHECK"] =
        [
            Duration("interval"), Duration("timeout"), Duration("start-period"),
            Duration("start-interval"), new("retries", FlagKind.Text, Check: FlagValues.Retries),
        ],
    };

    private static readonly HashSet<string> ExactlyOne =
        ["MAINTAINER", "WORKDIR", "USER", "STOPSIGNAL"];

    private static readonly HashSet<string> AtLeastOne =
        ["ENV", "LABEL", "HEALTHCHECK", "EXPOSE", "VOLUME", "ARG", "SHELL"];

    private static readonly HashSet<string> WithoutFlags =
    [
        "ENV", "LABEL", "MAINTAINER", "WORKDIR", "USER", "VOLUME", "EXPOSE", "CMD",
        "ENTRYPOINT", "SHELL", "ONBUILD",
    ];

    /// <summary>Checks <paramref name="instruction"/>; ONBUILD triggers are checked only
    /// when a child build runs them, as in BuildKit.</summary>
    public void Validate(InstructionSyntax instruction)
    {
        if (ValidatesFlags(instruction))
        {
            ValidateFlags(instruction);
        }

        ValidateArguments(instruction);
    }

    private static FlagRule Duration(string name) =>
        new(name, FlagKind.Text, Check: value => FlagValues.Duration("--" + name, value));

    private static bool ValidatesFlags(InstructionSyntax instruction) =>
        instruction.Name switch
        {
            "ARG" or "STOPSIGNAL" => false,
            "HEALTHCHECK" => !IsHealthcheckNone(instruction),
            _ => FlagsByInstruction.ContainsKey(instruction.Name)
                || WithoutFlags.Contains(instruction.Name),
        };

    private static bool IsHealthcheckNone(InstructionSyntax instruction) =>
        instruction.Arguments.Count > 0
        && instruction.Arguments[0].Text.Equals("NONE", StringComparison.OrdinalIgnoreCase);

    private void ValidateFlags(InstructionSyntax instruction)
    {
        if (instruction.Flags.Count == 0)
        {
            // Most instructions have no flags; spare them the set of seen names.
            return;
        }

        var allowed = FlagsByInstruction.GetValueOrDefault(instruction.Name, NoFlags);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var flag in instruction.Flags)
        {
            var rule = allowed.FirstOrDefault(candidate => candidate.Name == flag.Name);
            if (rule is null)
            {
                Error($"unknown flag: --{flag.Name}{Suggestion(flag.Name, allowed)}", flag.Span);
                continue;
            }

            if (!seen.Add(flag.Name) && !rule.Repeatable)
            {
                Error($"duplicate flag specified: --{flag.Name}", flag.Span);
                continue;
            }

            var problem = CheckValue(rule, flag);
            if (problem is not null)
            {
                Error(problem, flag.Span);
            }
        }
    }

    private static string? CheckValue(FlagRule rule, FlagSyntax flag)
    {
        if (rule.Kind == FlagKind.Boolean)
        {
            return flag.Value switch
            {
                null => null,
                "" => $"missing a value on flag: --{flag.Name}",
                _ when bool.TryParse(flag.Value, out _) => null,
                _ => $"expecting boolean value for flag --{flag.Name}, not: {flag.Value}",
            };
        }

        if (flag.Value is null)
        {
            return $"missing a value on flag: --{flag.Name}";
        }

        return rule.Check?.Invoke(flag.Value);
    }

    private static string Suggestion(string name, FlagRule[] allowed)
    {
        var close = allowed.FirstOrDefault(rule =>
            rule.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || rule.Name.StartsWith(name, StringComparison.Ordinal) && name.Length >= 3);
        return close is null ? "" : $" (did you mean {close.Name}?)";
    }

    private void ValidateArguments(InstructionSyntax instruction)
    {
        var name = instruction.Name;
        var count = ArgumentCount(instruction);
        if (ExactlyOne.Contains(name) && count != 1)
        {
            Error($"{name} requires exactly one argument", instruction.Span);
        }
        else if (AtLeastOne.Contains(name) && count == 0)
        {
            Error($"{name} requires at least one argument", instruction.Span);
        }
        else if (name is "COPY" or "ADD" && count < 2)
        {
            Error($"{name} requires at least two arguments, but only one was provided. "
                + "Destination could not be determined", instruction.Span);
        }
        else if (name == "HEALTHCHECK")
        {
            ValidateHealthcheck(instruction);
        }
        else if (name == "VOLUME" && instruction.JsonArguments is { } volumes
            && volumes.Any(volume => volume.Trim().Length == 0))
        {
            Error("VOLUME specified can not be an empty string", instruction.Span);
        }
    }

    private static int ArgumentCount(InstructionSyntax instruction) =>
        instruction.JsonArguments?.Count ?? instruction.Arguments.Count;

    private void ValidateHealthcheck(InstructionSyntax instruction)
    {
        var words = instruction.Arguments;
        var type = words[0].Text.ToUpperInvariant();
        var hasCommand = instruction.JsonArguments is { Count: > 0 } || words.Count > 1;
        if (type == "NONE")
        {
            if (words.Count > 1 || instruction.JsonArguments is not null)
            {
                Error("HEALTHCHECK NONE takes no arguments", instruction.Span);
            }
        }
        else if (type != "CMD")
        {
            Error($"Unknown type \"{type}\" in HEALTHCHECK (try CMD)", words[0].Span);
        }
        else if (!hasCommand)
        {
            Error("Missing command after HEALTHCHECK CMD", instruction.Span);
        }
    }

    private void Error(string message, TextSpan span) =>
        diagnostics.Add(new SyntaxDiagnostic("BL000", message, span, true));
}

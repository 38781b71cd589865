using Ballast.Rules;
using Ballast.Workflows;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ballast.Configuration;

/// <summary>Reads <c>.ballast.yaml</c> and <c>.hadolint.yaml</c> files into a
/// <see cref="ProjectConfiguration"/>. Unknown keys and wrong values are errors with their
/// line and column, never exceptions.</summary>
public static class ConfigurationReader
{
    /// <summary>Reads a <c>.ballast.yaml</c> text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="path">The file name used in errors, and whose folder is the root of
    /// path overrides.</param>
    /// <param name="errors">Receives the problems found.</param>
    public static ProjectConfiguration ReadBallast(string text, string path,
        ICollection<ConfigurationError> errors)
    {
        var root = Load(text, path, errors);
        if (root is null)
        {
            return ProjectConfiguration.Empty;
        }

        var sink = new ErrorSink(path, errors);
        var overrides = new List<PathOverride>();
        foreach (var (key, value) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is "ignore" or "severity" or "fail-on" or "trusted-registries"
                or "require-digest")
            {
                continue;
            }

            if (name == "overrides")
            {
                overrides.AddRange(ReadOverrides(value, sink));
                continue;
            }

            sink.Add(key, $"unknown setting '{name}'; known: ignore, severity, fail-on, "
                + "trusted-registries, require-digest, overrides");
        }

        var failOn = Scalar(root, "fail-on", sink);
        return new ProjectConfiguration(
            Ids(root, "ignore", sink),
            Severities(Child(root, "severity"), sink),
            failOn is null ? null : ParseThreshold(failOn, root, sink),
            failOn?.Equals("none", StringComparison.OrdinalIgnoreCase) == true,
            Strings(root, "trusted-registries", sink),
            Scalar(root, "require-digest", sink) is "true" or "yes",
            overrides)
        {
            Root = Path.GetDirectoryName(Path.GetFullPath(path)),
        };
    }

    /// <summary>Reads a <c>.hadolint.yaml</c> text: <c>ignored</c>, <c>override</c>,
    /// <c>failure-threshold</c> and <c>trustedRegistries</c>, with DL codes mapped to Ballast
    /// ids. Settings Ballast has no use for are skipped without error.</summary>
    public static ProjectConfiguration ReadHadolint(string text, string path,
        ICollection<ConfigurationError> errors)
    {
        var root = Load(text, path, errors);
        if (root is null)
        {
            return ProjectConfiguration.Empty;
        }

        var sink = new ErrorSink(path, errors);
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        if (Child(root, "override") is YamlMappingNode levels)
        {
            foreach (var (key, value) in levels.Children)
            {
                var level = HadolintSeverity((key as YamlScalarNode)?.Value);
                foreach (var id in HadolintCodes.Resolve(Sequence(value, sink)))
                {
                    if (level is { } severity)
                    {
                        severities[id] = severity;
                    }
                }
            }
        }

        var threshold = Scalar(root, "failure-threshold", sink);
        return new ProjectConfiguration(
            new HashSet<string>(HadolintCodes.Resolve(Strings(root, "ignored", sink)),
                StringComparer.OrdinalIgnoreCase),
            severities,
            threshold is null ? null : HadolintSeverity(threshold),
            threshold == "none",
            Strings(root, "trustedRegistries", sink),
            false,
            [])
        {
            Root = Path.GetDirectoryName(Path.GetFullPath(path)),
        };
    }

    private static YamlMappingNode? Load(string text, string path,
        ICollection<ConfigurationError> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode
                { Value: null or "" })
            {
                return new YamlMappingNode();
            }

            if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                return mapping;
            }

            var start = stream.Documents[0].RootNode.Start;
            errors.Add(new ConfigurationError(path, (int)start.Line, (int)start.Column,
                "the configuration must be a mapping of settings"));
            return null;
        }
        catch (YamlException exception)
        {
            errors.Add(new ConfigurationError(path, (int)exception.Start.Line,
                (int)exception.Start.Column, exception.Message));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // Limitation: YamlDotNet reports some unterminated flow collections with an
            // exception that carries no position; the file is still named.
            errors.Add(new ConfigurationError(path, 0, 0,
                $"not valid YAML ({exception.Message})"));
            return null;
        }
    }

    private static IEnumerable<PathOverride> ReadOverrides(YamlNode node, ErrorSink sink)
    {
        if (node is not YamlSequenceNode items)
        {
            sink.Add(node, "overrides must be a list");
            yield break;
        }

        foreach (var item in items)
        {
            if (item is not YamlMappingNode entry)
            {
                sink.Add(item, "each override is a mapping with paths and settings");
                continue;
            }

            var patterns = Strings(entry, "paths", sink);
            if (patterns.Count == 0)
            {
                sink.Add(entry, "an override needs paths");
                continue;
            }

            yield return new PathOverride([.. patterns.Select(pattern => new GlobPattern(pattern))],
                Ids(entry, "ignore", sink), Severities(Child(entry, "severity"), sink));
        }
    }

    private static Dictionary<string, Severity> Severities(YamlNode? node, ErrorSink sink)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        if (node is null)
        {
            return severities;
        }

        if (node is not YamlMappingNode mapping)
        {
            sink.Add(node, "severity must map rule ids to error, warning, info or style");
            return severities;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var text = (value as YamlScalarNode)?.Value ?? "";
            if (FailThreshold.Parse(text) is not { } severity)
            {
                sink.Add(value, $"'{text}' is not a severity (error, warning, info, style)");
                continue;
            }

            foreach (var id in HadolintCodes.Resolve([(key as YamlScalarNode)?.Value ?? ""]))
            {
                severities[id] = severity;
            }
        }

        return severities;
    }

    private static Severity? ParseThreshold(string text, YamlMappingNode root, ErrorSink sink)
    {
        if (FailThreshold.Names.Contains(text.ToLowerInvariant()))
        {
            return FailThreshold.Parse(text);
        }

        sink.Add(Child(root, "fail-on")!, $"'{text}' is not one of "
            + string.Join(", ", FailThreshold.Names));
        return null;
    }

    private static Severity? HadolintSeverity(string? level) => level switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "style" => Severity.Style,
        _ => null,
    };

    private static HashSet<string> Ids(YamlMappingNode node, string key, ErrorSink sink) =>
        new(HadolintCodes.Resolve(Strings(node, key, sink)), StringComparer.OrdinalIgnoreCase);

    private static List<string> Strings(YamlMappingNode node, string key, ErrorSink sink) =>
        Child(node, key) is { } child ? Sequence(child, sink) : [];

    private static List<string> Sequence(YamlNode node, ErrorSink sink)
    {
        if (node is YamlScalarNode { Value: { } single })
        {
            return [single];
        }

        if (node is not YamlSequenceNode items)
        {
            sink.Add(node, "expected a list");
            return [];
        }

        return [.. items.OfType<YamlScalarNode>().Select(item => item.Value ?? "")];
    }

    private static string? Scalar(YamlMappingNode node, string key, ErrorSink sink)
    {
        var child = Child(node, key);
        if (child is null or YamlScalarNode)
        {
            return (child as YamlScalarNode)?.Value;
        }

        sink.Add(child, $"{key} must be a single value");
        return null;
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private sealed class ErrorSink(string path, ICollection<ConfigurationError> errors)
    {
        public void Add(YamlNode node, string message) =>
            errors.Add(new ConfigurationError(path, (int)node.Start.Line,
                (int)node.Start.Column, message));
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Ballast.Engines;

/// <summary>Reads engine JSON, turning malformed output into an <see cref="EngineException"/>
/// that names the command which printed it.</summary>
internal static class EngineJson
{
    public static T Read<T>(CommandResult result, JsonTypeInfo<T> type)
        => Read(result.StandardOutput, type, result.Command);

    public static T Read<T>(string json, JsonTypeInfo<T> type, CommandLine command)
    {
        try
        {
            return JsonSerializer.Deserialize(json, type)
                ?? throw new EngineException($"`{command}` printed null instead of JSON", command);
        }
        catch (JsonException exception)
        {
            throw new EngineException(
                $"`{command}` printed JSON Ballast cannot read "
                + $"(line {exception.LineNumber + 1}): {exception.Message}",
                command,
                exception);
        }
    }

    public static ImageConfiguration ToConfiguration(OciRuntimeConfiguration? config)
        => new(
            config?.Entrypoint ?? [],
            config?.Cmd ?? [],
            config?.Env ?? [],
            config?.User,
            config?.WorkingDir);

    public static IReadOnlyList<ImageHistoryEntry> ToHistory(
        IReadOnlyList<OciHistoryEntry>? history)
        => (history ?? [])
            .Select(entry => new ImageHistoryEntry(
                entry.CreatedBy ?? string.Empty,
                entry.EmptyLayer,
                string.IsNullOrEmpty(entry.Comment) ? null : entry.Comment))
            .ToList();
}

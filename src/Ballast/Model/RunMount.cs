using Ballast.Text;

namespace Ballast.Model;

/// <summary>One <c>--mount</c> of a RUN: its type and options, in any order.</summary>
/// <param name="Type">bind (the default), cache, tmpfs, secret or ssh.</param>
/// <param name="Target">Where it is mounted, or null.</param>
/// <param name="From">The stage or image named by <c>from=</c>, or null.</param>
/// <param name="Options">Every key and value as written, keys in lower case.</param>
/// <param name="Span">The flag in the file.</param>
public sealed record RunMount(
    string Type,
    string? Target,
    string? From,
    IReadOnlyDictionary<string, string> Options,
    TextSpan Span)
{
    /// <summary>Reads the CSV value of a <c>--mount</c> flag.</summary>
    public static RunMount Parse(string value, TextSpan span)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in value.Split(','))
        {
            var equals = field.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? field : field[..equals]).Trim().ToLowerInvariant();
            if (key.Length > 0)
            {
                options[key] = equals < 0 ? "" : field[(equals + 1)..];
            }
        }

        var target = options.GetValueOrDefault("target")
            ?? options.GetValueOrDefault("dst")
            ?? options.GetValueOrDefault("destination");
        return new RunMount(options.GetValueOrDefault("type", "bind"), target,
            options.GetValueOrDefault("from"), options, span);
    }
}

namespace Ballast.Syntax.Validation;

/// <summary>Checks a RUN <c>--mount</c> value: comma-separated options in any order, keys
/// case-insensitive, each allowed only for the mount types that read it.</summary>
internal static class MountValidator
{
    private static readonly string[] Types = ["bind", "cache", "tmpfs", "secret", "ssh"];

    private static readonly Dictionary<string, string[]> KeysByType = new()
    {
        ["bind"] = ["source", "src", "from", "readonly", "ro", "rw", "readwrite"],
        ["cache"] = ["id", "sharing", "from", "source", "src", "mode", "uid", "gid", "readonly",
            "ro", "rw", "readwrite"],
        ["tmpfs"] = ["size"],
        ["secret"] = ["id", "env", "required", "mode", "uid", "gid", "source", "src"],
        ["ssh"] = ["id", "required", "mode", "uid", "gid"],
    };

    private static readonly string[] CommonKeys = ["type", "target", "dst", "destination"];

    private static readonly string[] BooleanKeys =
        ["readonly", "ro", "rw", "readwrite", "required"];

    /// <summary>Returns the first problem of <paramref name="value"/>, or null.</summary>
    public static string? Check(string value)
    {
        var options = value.Split(',')
            .Select(field => field.Split('=', 2))
            .Select(parts => (Key: parts[0].Trim().ToLowerInvariant(),
                Value: parts.Length > 1 ? parts[1] : null, Field: string.Join('=', parts)))
            .ToList();
        var type = options.LastOrDefault(option => option.Key == "type").Value ?? "bind";
        if (!Types.Contains(type))
        {
            return $"unsupported mount type \"{type}\"";
        }

        foreach (var (key, optionValue, field) in options)
        {
            var problem = CheckOption(type, key, optionValue, field);
            if (problem is not null)
            {
                return problem;
            }
        }

        var hasTarget = options.Any(option => option.Key is "target" or "dst" or "destination");
        return hasTarget || type is "secret" or "ssh" ? null : "mount destination not specified";
    }

    private static string? CheckOption(string type, string key, string? value, string field)
    {
        if (!CommonKeys.Contains(key) && !KeysByType[type].Contains(key))
        {
            return $"unexpected key '{key}' in '{field}'";
        }

        if (BooleanKeys.Contains(key))
        {
            return value is null || bool.TryParse(value, out _)
                ? null
                : $"invalid value for {key}: {value}";
        }

        if (value is null && key != "type")
        {
            return $"invalid field '{field}' must be a key=value pair";
        }

        return key switch
        {
            "from" when value!.Contains('$', StringComparison.Ordinal) =>
                "'from' doesn't support variable expansion, define alias stage instead",
            "sharing" when value is not ("shared" or "private" or "locked") =>
                $"unsupported sharing value \"{value}\"",
            _ => null,
        };
    }
}

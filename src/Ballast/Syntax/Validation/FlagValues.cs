using System.Globalization;

namespace Ballast.Syntax.Validation;

/// <summary>The value checks BuildKit applies to single flags (spec 1.9). Values holding a
/// variable are left alone where BuildKit expands them first.</summary>
internal static class FlagValues
{
    private static readonly (string Unit, double Nanoseconds)[] DurationUnits =
    [
        ("ns", 1), ("us", 1e3), ("\u00b5s", 1e3), ("\u03bcs", 1e3), ("ms", 1e6), ("s", 1e9),
        ("m", 60e9), ("h", 3600e9),
    ];

    public static string? Network(string value) =>
        value is "default" or "none" or "host" ? null : $"invalid network mode \"{value}\"";

    public static string? Security(string value) =>
        value is "sandbox" or "insecure" ? null : $"security \"{value}\" is not valid";

    public static string? Chmod(string value)
    {
        if (value.Length == 0 || value.Contains('$', StringComparison.Ordinal))
        {
            return null;
        }

        if (value.All(c => c is >= '0' and <= '7') && value.Length <= 4)
        {
            return null;
        }

        return IsSymbolicMode(value) ? null : $"invalid chmod parameter: {value}";
    }

    public static string? Checksum(string value)
    {
        if (value.Contains('$', StringComparison.Ordinal))
        {
            return null;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var algorithm = colon < 0 ? "" : value[..colon];
        var hex = colon < 0 ? "" : value[(colon + 1)..];
        var length = algorithm switch { "sha256" => 64, "sha384" => 96, "sha512" => 128, _ => 0 };
        return length > 0 && hex.Length == length && hex.All(char.IsAsciiHexDigit)
            ? null
            : $"invalid checksum digest format: {value}";
    }

    public static string? Duration(string name, string value)
    {
        if (!TryParseDuration(value, out var nanoseconds))
        {
            return $"time: invalid duration \"{value}\"";
        }

        return nanoseconds != 0 && nanoseconds < 1e6
            ? $"Interval \"{name}\" cannot be less than 1ms"
            : null;
    }

    public static string? Retries(string value)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                out var retries))
        {
            return $"strconv.ParseInt: parsing \"{value}\": invalid syntax";
        }

        return retries < 0 ? "--retries cannot be negative" : null;
    }

    /// <summary>Reads a Go duration: an optional sign, then numbers each followed by a unit,
    /// or a bare 0.</summary>
    public static bool TryParseDuration(string value, out double nanoseconds)
    {
        nanoseconds = 0;
        var text = value.TrimStart('+', '-');
        if (text == "0")
        {
            return true;
        }

        var i = 0;
        while (i < text.Length)
        {
            var numberStart = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (!double.TryParse(text.AsSpan(numberStart, i - numberStart),
                    NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unit = DurationUnits.FirstOrDefault(candidate =>
                text.AsSpan(i).StartsWith(candidate.Unit, StringComparison.Ordinal)
                && !NextIsUnitLetter(text, i + candidate.Unit.Length, candidate.Unit));
            if (unit.Unit is null)
            {
                return false;
            }

            nanoseconds += number * unit.Nanoseconds;
            i += unit.Unit.Length;
        }

        return text.Length > 0;
    }

    // "m" must not swallow the "m" of "ms": a unit ends where the next number starts.
    private static bool NextIsUnitLetter(string text, int at, string unit) =>
        unit is "m" && at < text.Length && text[at] == 's';

    private static bool IsSymbolicMode(string value) =>
        value.Split(',').All(clause =>
        {
            var i = 0;
            while (i < clause.Length && clause[i] is 'u' or 'g' or 'o' or 'a')
            {
                i++;
            }

            if (i >= clause.Length || clause[i] is not ('+' or '-' or '='))
            {
                return false;
            }

            return clause[(i + 1)..].All(c => c is 'r' or 'w' or 'x' or 'X' or 's' or 't');
        });
}

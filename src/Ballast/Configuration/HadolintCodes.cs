namespace Ballast.Configuration;

/// <summary>The published table from hadolint's DL codes to the Ballast rules that check
/// the same thing, so <c># hadolint ignore=</c> pragmas and <c>.hadolint.yaml</c> keep
/// working after a switch. docs/hadolint-mapping.md prints the same table.</summary>
public static class HadolintCodes
{
    /// <summary>Each DL code and the Ballast ids it stands for.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Table { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["DL3000"] = ["BL404"],
            ["DL3001"] = ["BL468"],
            ["DL3002"] = ["BL318"],
            ["DL3003"] = ["BL521"],
            ["DL3004"] = ["BL302"],
            ["DL3005"] = ["BL431"],
            ["DL3006"] = ["BL451"],
            ["DL3007"] = ["BL452"],
            ["DL3008"] = ["BL435"],
            ["DL3009"] = ["BL105"],
            ["DL3010"] = ["BL132"],
            ["DL3011"] = ["BL456"],
            ["DL3012"] = ["BL405"],
            ["DL3013"] = ["BL434"],
            ["DL3014"] = ["BL432"],
            ["DL3015"] = ["BL106"],
            ["DL3016"] = ["BL434"],
            ["DL3018"] = ["BL435"],
            ["DL3019"] = ["BL108"],
            ["DL3020"] = ["BL316"],
            ["DL3021"] = ["BL460"],
            ["DL3022"] = ["BL453"],
            ["DL3023"] = ["BL454"],
            ["DL3024"] = ["BL402"],
            ["DL3025"] = ["BL507"],
            ["DL3026"] = ["BL322"],
            ["DL3027"] = ["BL467"],
            ["DL3028"] = ["BL434"],
            ["DL3029"] = ["BL408"],
            ["DL3030"] = ["BL432"],
            ["DL3032"] = ["BL109"],
            ["DL3033"] = ["BL435"],
            ["DL3034"] = ["BL432"],
            ["DL3037"] = ["BL435"],
            ["DL3038"] = ["BL432"],
            ["DL3040"] = ["BL109"],
            ["DL3041"] = ["BL435"],
            ["DL3042"] = ["BL107"],
            ["DL3043"] = ["BL464"],
            ["DL3045"] = ["BL465"],
            ["DL3046"] = ["BL133"],
            ["DL3048"] = ["BL533"],
            ["DL3060"] = ["BL111"],
            ["DL3063"] = ["BL403"],
            ["DL3064"] = ["BL324"],
            ["DL3065"] = ["BL407"],
            ["DL3067"] = ["BL131"],
            ["DL4000"] = ["BL505"],
            ["DL4001"] = ["BL117"],
            ["DL4003"] = ["BL405"],
            ["DL4004"] = ["BL405"],
            ["DL4005"] = ["BL469"],
            ["DL4006"] = ["BL433"],
        };

    /// <summary>The Ballast ids <paramref name="code"/> stands for; empty for a code Ballast
    /// has no rule for, which then suppresses nothing.</summary>
    public static IReadOnlyList<string> Map(string code) =>
        Table.TryGetValue(code.Trim(), out var ids) ? ids : [];

    /// <summary>Ids as Ballast reads them: DL codes mapped, BL ids kept.</summary>
    public static IEnumerable<string> Resolve(IEnumerable<string> codes) =>
        codes.Select(code => code.Trim()).Where(code => code.Length > 0)
            .SelectMany(code => code.StartsWith("DL", StringComparison.OrdinalIgnoreCase)
                ? Map(code) : [code.ToUpperInvariant()]);
}

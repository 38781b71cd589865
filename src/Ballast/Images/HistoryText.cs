namespace Ballast.Images;

/// <summary>Turns a history <c>created_by</c> string into the instruction a reader expects.
/// </summary>
public static class HistoryText
{
    private const string LegacyMetadataPrefix = "/bin/sh -c #(nop) ";
    private const string BuildKitSuffix = " # buildkit";

    /// <summary>
    /// Drops the legacy builder's <c>/bin/sh -c #(nop)</c> prefix from metadata steps, shows
    /// legacy RUN steps as <c>RUN …</c>, and drops BuildKit's <c># buildkit</c> suffix.
    /// </summary>
    public static string Instruction(string createdBy)
    {
        var text = createdBy.Trim();
        if (text.EndsWith(BuildKitSuffix, StringComparison.Ordinal))
        {
            text = text[..^BuildKitSuffix.Length].TrimEnd();
        }

        if (text.StartsWith(LegacyMetadataPrefix, StringComparison.Ordinal))
        {
            return text[LegacyMetadataPrefix.Length..].Trim();
        }

        // The legacy builder records RUN as the bare shell call, after "|N K=v" build args.
        var shell = text.IndexOf("/bin/sh -c ", StringComparison.Ordinal);
        if (shell >= 0 && (shell == 0 || text[0] == '|'))
        {
            return "RUN " + text[(shell + "/bin/sh -c ".Length)..];
        }

        return text;
    }
}

using Ballast.Rewrite;
using Ballast.Shell.Commands;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>BL106: <c>apt-get install</c> without <c>--no-install-recommends</c> pulls in
/// every recommended package too, often tens of megabytes the image never uses.</summary>
public sealed class AptRecommendsRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL106",
        "Recommended packages installed",
        Category.Size,
        Severity.Warning,
        "apt installs recommended packages unless told not to; they are rarely needed in an "
        + "image and can double what an install adds.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            foreach (var use in stage.PackageUses())
            {
                if (!use.Installs(PackageManager.Apt) || use.Command.NoInstallRecommends
                    || DisablesRecommends(use.Command))
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"{use.Command.Command.ProgramName} install without --no-install-recommends "
                    + "also installs every recommended package.",
                    use.HeadSpan, Fix(use));
            }
        }
    }

    private static bool DisablesRecommends(PackageCommand command) =>
        command.Options.Any(option => option.Value?.Value is { } value
            && value.Split('=', 2) is [var name, var setting]
            && name.Trim().EndsWith("Install-Recommends", StringComparison.OrdinalIgnoreCase)
            && IsAptFalse(setting));

    // apt reads a configuration boolean as false for these words, in any case, or for zero.
    private static bool IsAptFalse(string setting) =>
        setting.Trim().ToLowerInvariant() is "false" or "no" or "off" or "without" or "disable"
            or "0";

    private static Fix? Fix(PackageUse use) =>
        use.InsertionOffset is { } offset
            ? new Fix("Add --no-install-recommends to the apt-get install.",
                [new Edit(new TextSpan(offset, 0), " --no-install-recommends")])
            : null;
}

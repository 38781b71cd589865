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
            && value.Contains("Install-Recommends", StringComparison.OrdinalIgnoreCase)
            && (value.EndsWith("false", StringComparison.OrdinalIgnoreCase)
                || value.EndsWith('0')));

    private static Fix? Fix(PackageUse use) =>
        use.InsertionOffset is { } offset
            ? new Fix("Add --no-install-recommends to the apt-get install.",
                [new Edit(new TextSpan(offset, 0), " --no-install-recommends")])
            : null;
}

using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL117: curl and wget both installed in the final image; either one does the
/// job, and each brings its own libraries.</summary>
public sealed class CurlAndWgetRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL117",
        "both curl and wget installed",
        Category.Size,
        Severity.Info,
        "curl and wget do the same job in a build; installing both adds a second tool and "
        + "its libraries to the image.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var installs = ShellCommands.PackageUses(context.FinalImageStages())
            .Where(use => ShellCommands.System.Contains(use.Command.Manager)
                && use.Command.Action == PackageAction.Install)
            .SelectMany(use => use.Command.Packages.Select(package => (use, package)))
            .ToList();
        var curl = installs.FirstOrDefault(install => install.package.Name == "curl");
        var wget = installs.FirstOrDefault(install => install.package.Name == "wget");
        if (curl.use is null || wget.use is null)
        {
            yield break;
        }

        var curlSpan = curl.use.SpanOf(curl.package.Word);
        var wgetSpan = wget.use.SpanOf(wget.package.Word);
        yield return context.Report(Descriptor,
            "curl and wget are both installed in the final image; keep one of them.",
            curlSpan.Start > wgetSpan.Start ? curlSpan : wgetSpan);
    }
}

using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>BL105: <c>apt-get update</c> leaves the package lists (tens of megabytes under
/// <c>/var/lib/apt/lists</c>) in the layer when the same RUN does not remove them after the
/// install. A removal in a later RUN saves nothing: the bytes stay in the earlier layer.
/// </summary>
public sealed class AptListsLeftRule : Rule
{
    private const string Cleanup = "rm -rf /var/lib/apt/lists/*";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL105",
        "apt package lists left in the layer",
        Category.Size,
        Severity.Warning,
        "apt-get update downloads package lists that stay in the layer unless the same RUN "
        + "removes /var/lib/apt/lists/* after installing.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            foreach (var run in stage.OfType<RunInstruction>())
            {
                if (run.Commands is not { } script)
                {
                    continue;
                }

                var left = run.LeftCaches
                    .FirstOrDefault(cache => cache.Manager == PackageManager.Apt
                        && cache.Path.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal));
                if (left is null)
                {
                    continue;
                }

                // An update alone in its layer feeds the installs of later RUNs: removing its
                // lists there would break them, so only a RUN that also installs gets the fix.
                var installs = InstallsAfterUpdate(run, left.CreatedBy);
                var message = installs
                    ? "apt-get update leaves the package lists in this layer; remove them in the "
                        + $"same RUN: && {Cleanup}"
                    : "apt-get update runs alone in this layer, so its lists stay in the image; "
                        + "update, install and remove the lists in one RUN";
                yield return context.Report(Descriptor, message,
                    run.SourceSpan(left.CreatedBy.Span), installs ? AppendCleanup(run) : null);
            }
        }
    }

    // The RUN's package commands are already read, in script order: the ones after the
    // update are those listed after it.
    private static bool InstallsAfterUpdate(RunInstruction run, Shell.ShellCommand update)
    {
        var after = run.PackageCommands
            .SkipWhile(command => !ReferenceEquals(command.Command, update)).Skip(1);
        return after.Any(command => command is
        {
            Manager: PackageManager.Apt or PackageManager.Aptitude,
            Action: PackageAction.Install,
        });
    }

    /// <summary>Appends the cleanup after the last command of a plain shell-form RUN; scripts
    /// with heredocs are left to the user.</summary>
    internal static Fix? AppendCleanup(RunInstruction run, string cleanup = Cleanup)
    {
        if (run.Script is not { } script || run.Syntax.Heredocs.Count > 0)
        {
            return null;
        }

        var end = script.Text.Length;
        while (end > 0 && char.IsWhiteSpace(script.Text[end - 1]))
        {
            end--;
        }

        if (end == 0 || script.Text[end - 1] is '&' or ';' or '|' or '\\'
            || EndsInComment(run, script.Text[..end]))
        {
            return null;
        }

        var offset = script.SourceSpan(end - 1, end).End;
        return new Fix($"Remove the apt lists in the same RUN ({cleanup}).",
            [new Edit(new TextSpan(offset, 0), $" && {cleanup}")]);
    }

    // Text appended after a trailing comment would be part of the comment: the fix would
    // change nothing and the next pass would append again.
    private static bool EndsInComment(RunInstruction run, string text)
    {
        var commands = run.Commands?.Commands ?? [];
        var lastEnd = commands.Count == 0 ? 0 : commands.Max(command => command.Span.End);
        return lastEnd <= text.Length && text[lastEnd..].Contains('#', StringComparison.Ordinal);
    }
}

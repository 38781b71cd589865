using System.Globalization;

namespace Ballast.Rules.Catalog;

/// <summary>BL133: <c>useradd</c> with a large UID and no <c>-l</c>: the sparse
/// <c>/var/log/lastlog</c> and <c>faillog</c> files are sized by the UID and get written
/// out in full in the layer, gigabytes for a UID in the millions.</summary>
public sealed class UseraddLastlogRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL133",
        "useradd with a large UID and no -l",
        Category.Size,
        Severity.Warning,
        "useradd fills /var/log/lastlog up to the UID; with a large UID the layer grows by "
        + "gigabytes. -l (--no-log-init) skips it.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            foreach (var (run, command) in stage.ShellCommands())
            {
                if (command.ProgramName != "useradd"
                    || command.HasOption("l", "--no-log-init") || !HasLargeUid(command))
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    "useradd with a large UID writes a huge lastlog; add -l (--no-log-init).",
                    run.SourceSpan(command.Name!.Span));
            }
        }
    }

    private static bool HasLargeUid(Shell.ShellCommand command)
    {
        var words = command.Arguments;
        for (var index = 0; index < words.Count; index++)
        {
            var value = words[index].Value;
            var uid = value is "-u" or "--uid" && index + 1 < words.Count
                ? words[index + 1].Value
                : value?.StartsWith("--uid=", StringComparison.Ordinal) == true ? value[6..]
                : value?.StartsWith("-u", StringComparison.Ordinal) == true && value.Length > 2
                    ? value[2..] : null;
            if (uid is not null && long.TryParse(uid, NumberStyles.None,
                CultureInfo.InvariantCulture, out var number) && number > 99999)
            {
                return true;
            }
        }

        return false;
    }
}

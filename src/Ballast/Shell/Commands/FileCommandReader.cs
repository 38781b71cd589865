using System.Collections.Frozen;

namespace Ballast.Shell.Commands;

/// <summary>Reads the file commands that matter for image size and safety: <c>rm</c>,
/// <c>chown</c>/<c>chgrp</c>/<c>chmod</c>, <c>curl</c>/<c>wget</c> and <c>tar</c>.</summary>
public static class FileCommandReader
{
    private static readonly FrozenSet<string> NoValues = Set(string.Empty);

    private static readonly FrozenSet<string> PermissionValues = Set("--from --reference");

    private static readonly FrozenSet<string> CurlValues = Set(
        "-o --output -H --header -d --data --data-raw --data-binary --data-urlencode "
        + "-u --user -A --user-agent -e --referer -X --request -x --proxy --retry "
        + "--retry-delay --retry-max-time -m --max-time --connect-timeout -w --write-out "
        + "-T --upload-file -F --form --cacert --capath --cert --key -E -r --range "
        + "-c --cookie-jar -b --cookie --resolve --url -K --config -C --continue-at "
        + "--limit-rate -z --time-cond --output-dir -Y --speed-limit -y --speed-time "
        + "--proto --proto-redir --tlsv1.2 --ciphers --interface --dns-servers");

    private static readonly FrozenSet<string> WgetValues = Set(
        "-O --output-document -o --output-file -a --append-output -P --directory-prefix "
        + "-t --tries -T --timeout --header -U --user-agent --user --password -e --execute "
        + "-i --input-file --post-data --post-file -w --wait -B --base --ca-certificate "
        + "--certificate --private-key -Q --quota --limit-rate -l --level -A --accept "
        + "-R --reject -D --domains --progress");

    private static readonly FrozenSet<string> TarValues = Set(
        "-f --file -C --directory -T --files-from -X --exclude-from --exclude "
        + "-b --blocking-factor -H --format -I --use-compress-program --transform "
        + "--strip-components --owner --group --mode -V --label -N --newer");

    private static readonly FrozenSet<string> Shells = Set("sh bash dash ash zsh ksh mksh");

    /// <summary>The <c>rm</c> command, or null for other programs.</summary>
    public static RemoveCommand? ReadRemove(ShellCommand command)
    {
        if (command.ProgramName != "rm")
        {
            return null;
        }

        ArgumentScan scan = OptionScanner.Scan(command.Arguments, NoValues, true);
        return new RemoveCommand(
            scan.Positionals,
            Has(scan, "-r", "-R", "--recursive"),
            Has(scan, "-f", "--force"),
            command);
    }

    /// <summary>The <c>chown</c>, <c>chgrp</c> or <c>chmod</c> command, or null.</summary>
    public static PermissionCommand? ReadPermission(ShellCommand command)
    {
        PermissionTool? tool = command.ProgramName switch
        {
            "chown" => PermissionTool.Chown,
            "chgrp" => PermissionTool.Chgrp,
            "chmod" => PermissionTool.Chmod,
            _ => null,
        };
        if (tool is null)
        {
            return null;
        }

        // Limitation: a chmod mode that starts with '-' (chmod -x file) is read as options.
        ArgumentScan scan = OptionScanner.Scan(command.Arguments, PermissionValues, true);
        bool byReference = Has(scan, "--reference");
        IReadOnlyList<ShellWord> positionals = scan.Positionals;
        ShellWord? setting = byReference || positionals.Count == 0 ? null : positionals[0];
        return new PermissionCommand(
            tool.Value,
            setting,
            [.. positionals.Skip(setting is null ? 0 : 1)],
            Has(scan, "-R", "--recursive"),
            command);
    }

    /// <summary>
    /// The <c>curl</c> or <c>wget</c> command, or null; <paramref name="script"/> tells
    /// whether its output is piped into a shell.
    /// </summary>
    public static DownloadCommand? ReadDownload(ShellCommand command, ShellScript script)
    {
        return command.ProgramName switch
        {
            "curl" => ReadCurl(command, script),
            "wget" => ReadWget(command, script),
            _ => null,
        };
    }

    /// <summary>The <c>tar</c> command, or null for other programs.</summary>
    public static ArchiveCommand? ReadArchive(ShellCommand command)
    {
        if (command.ProgramName != "tar")
        {
            return null;
        }

        ArgumentScan scan = OptionScanner.Scan(
            OldStyleToOptions(command.Arguments), TarValues, clustersShortOptions: true);
        ShellWord? file = Value(scan, "-f", "--file");
        return new ArchiveCommand(
            TarOperation(scan),
            file?.Value == "-" ? null : file,
            Value(scan, "-C", "--directory"),
            scan.Positionals,
            command);
    }

    private static DownloadCommand ReadCurl(ShellCommand command, ShellScript script)
    {
        ArgumentScan scan = OptionScanner.Scan(command.Arguments, CurlValues, true);
        ShellWord? output = Value(scan, "-o", "--output");
        bool remoteName = Has(scan, "-O", "--remote-name", "--remote-name-all");
        bool toStandardOutput = output?.Value == "-" || (output is null && !remoteName);
        IEnumerable<ShellWord> urls = scan.Positionals.Concat(scan.Options
            .Where(option => option.Name == "--url")
            .Select(option => option.Value)
            .OfType<ShellWord>());
        return Download(
            DownloadTool.Curl, [.. urls], output, toStandardOutput, command, script);
    }

    private static DownloadCommand ReadWget(ShellCommand command, ShellScript script)
    {
        ArgumentScan scan = OptionScanner.Scan(command.Arguments, WgetValues, true);
        ShellWord? output = Value(scan, "-O", "--output-document");
        bool toStandardOutput = output?.Value == "-";
        return Download(
            DownloadTool.Wget, scan.Positionals, output, toStandardOutput, command, script);
    }

    private static DownloadCommand Download(
        DownloadTool tool,
        IReadOnlyList<ShellWord> urls,
        ShellWord? output,
        bool toStandardOutput,
        ShellCommand command,
        ShellScript script)
    {
        bool piped = toStandardOutput && IsPipedToShell(command, script);
        return new DownloadCommand(
            tool, urls, toStandardOutput ? null : output, toStandardOutput, piped, command);
    }

    private static bool IsPipedToShell(ShellCommand command, ShellScript script)
    {
        // The reader may be a shell directly or through sudo/env: follow the wrappers.
        ShellCommand? reader = script.NextInPipeline(command);
        while (reader is not null)
        {
            if (reader.ProgramName is { } program && Shells.Contains(program)
                && !reader.Arguments.Any(word => word.Value is { } value
                    && value.StartsWith('-') && !value.StartsWith("--") && value.Contains('c')))
            {
                return true;
            }

            ShellCommand current = reader;
            reader = script.Commands.FirstOrDefault(other => other.Wrapper == current);
        }

        return false;
    }

    private static ArchiveOperation TarOperation(ArgumentScan scan)
    {
        foreach (CommandOption option in scan.Options)
        {
            ArchiveOperation operation = option.Name switch
            {
                "-x" or "--extract" or "--get" => ArchiveOperation.Extract,
                "-c" or "--create" => ArchiveOperation.Create,
                "-t" or "--list" => ArchiveOperation.List,
                "-r" or "--append" or "-u" or "--update" => ArchiveOperation.Append,
                _ => ArchiveOperation.Unknown,
            };
            if (operation != ArchiveOperation.Unknown)
            {
                return operation;
            }
        }

        return ArchiveOperation.Unknown;
    }

    /// <summary>
    /// Turns tar's old-style first argument (<c>tar xzf file</c>) into a cluster of options
    /// (<c>-xzf</c>), which reads the same way.
    /// </summary>
    private static IReadOnlyList<ShellWord> OldStyleToOptions(IReadOnlyList<ShellWord> arguments)
    {
        if (arguments.Count == 0 || arguments[0].Value is not { Length: > 0 } first
            || first[0] == '-' || !first.All(char.IsAsciiLetter))
        {
            return arguments;
        }

        return [arguments[0] with { Value = "-" + first }, .. arguments.Skip(1)];
    }

    private static bool Has(ArgumentScan scan, params string[] names) =>
        scan.Options.Any(option => names.Contains(option.Name));

    private static ShellWord? Value(ArgumentScan scan, params string[] names) =>
        scan.Options.LastOrDefault(option => names.Contains(option.Name))?.Value;

    private static FrozenSet<string> Set(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenSet(StringComparer.Ordinal);
}

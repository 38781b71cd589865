using System.Text.RegularExpressions;
using Ballast.Model;
using Ballast.Rules;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// The PHP (composer) side of a restage. The builder installs the composer dependencies without
/// the development packages, scripts or autoloader from composer.json and composer.lock copied
/// ahead of the sources, then dumps an optimised autoloader and runs the scripts once the
/// sources are there. Extensions compiled with <c>docker-php-ext-install</c> or <c>pecl</c>
/// need headers only in the builder: the final stage, the same php image, copies the compiled
/// extension files and their ini files, and installs the runtime libraries.
/// </summary>
public sealed partial class PhpLayout : ApplicationLayout
{
    /// <summary>Where the official php images keep compiled extensions.</summary>
    public const string ExtensionFolder = "/usr/local/lib/php/extensions";

    /// <summary>The ini files <c>docker-php-ext-enable</c> writes to load them.</summary>
    public const string ExtensionSettings = "/usr/local/etc/php/conf.d/docker-php-ext-*.ini";

    private static readonly HashSet<string> ExtensionPrograms =
        ["docker-php-ext-install", "docker-php-ext-enable", "pecl", "install-php-extensions"];

    private static readonly HashSet<string> ToolSubcommands =
        ["config", "self-update", "selfupdate", "global", "diagnose"];

    private readonly List<ChangeExplanation> changes = [];
    private readonly List<string> afterSources = [];

    /// <summary>Decides the layout for <paramref name="stage"/>; <paramref name="context"/> is
    /// the build context, read for composer.lock, path repositories and scripts.</summary>
    public PhpLayout(Stage stage, string? context)
    {
        var manifest = context is null ? null : Path.Combine(context, "composer.json");
        var json = manifest is null ? null : ReadOrNull(manifest);
        var lockFile = context is null ? (bool?)null
            : File.Exists(Path.Combine(context, "composer.lock"));
        NeedsSources = json is not null && PathRepository().IsMatch(json);
        Manifests = NeedsSources ? []
            : lockFile switch
            {
                true => ["composer.json", "composer.lock"],
                false => ["composer.json"],
                null => ["composer.*"],
            };
        BuildsExtensions = stage.OfType<RunInstruction>().Any(run => run.Commands?.Commands.Any(
            command => command.ProgramName is { } program
                && ExtensionPrograms.Contains(program)) == true);
        var install = stage.PackageUses().Select(use => use.Command)
            .FirstOrDefault(IsDependencyInstall);
        Decide(install, json);
    }

    /// <summary>True when composer.json has a path repository, so the install cannot run
    /// before the sources are copied.</summary>
    public bool NeedsSources { get; }

    /// <summary>True when the build compiles or enables PHP extensions.</summary>
    public bool BuildsExtensions { get; }

    /// <inheritdoc />
    public override string Ecosystem => "PHP";

    /// <inheritdoc />
    public override IReadOnlyList<string> Manifests { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> AfterSources => afterSources;

    /// <inheritdoc />
    public override string AfterSourcesComment =>
        "With the sources in place: the optimised autoloader and composer's scripts.";

    /// <inheritdoc />
    public override IReadOnlyList<string> FinalCopies =>
        BuildsExtensions ? [ExtensionFolder, ExtensionSettings] : [];

    /// <inheritdoc />
    public override IReadOnlySet<string> BuildPackages { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "git", "unzip", "p7zip-full", "7zip" };

    /// <inheritdoc />
    public override IReadOnlyList<ChangeExplanation> Changes => changes;

    /// <inheritdoc />
    public override IReadOnlyList<string> Estimate =>
    [
        "PHP: the php image has no slim variant, so both stages use it; the saving is the "
            + "build packages, composer and the require-dev packages that stay in the builder.",
    ];

    /// <inheritdoc />
    public override bool IsDependencyInstall(PackageCommand command) =>
        command.Manager == PackageManager.Composer && command.Action == PackageAction.Install
        && command.SubcommandText is "install" or "i";

    /// <inheritdoc />
    public override bool IsToolStep(Step step) => step.Package is
        { Manager: PackageManager.Composer } package
            ? ToolSubcommands.Contains(package.Command.Arguments
                .FirstOrDefault(word => word.IsOption == false)?.Value ?? "")
            : InstallsComposer(step.Text) || BuildsExtension(step.Program);

    // composer checks the platform's extensions (ext-intl, ext-zip) before it installs, so
    // extension builds stay ahead of the install instead of waiting for the sources.
    private static bool BuildsExtension(string? program) =>
        program is "docker-php-ext-configure" || (program is not null
            && ExtensionPrograms.Contains(program));

    // The installer from getcomposer.org, piped or downloaded first: composer must exist
    // before the install, so the step stays where it was.
    private static bool InstallsComposer(string text) =>
        text.Contains("getcomposer.org", StringComparison.Ordinal)
        || text.Contains("composer-setup.php", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string InstallText(Step step)
    {
        var package = step.Package!;
        var added = new List<string>();
        if (!package.Flags.HasFlag(PackageFlags.Production))
        {
            added.Add("--no-dev");
        }

        added.AddRange(new[] { "--no-scripts", "--no-autoloader" }
            .Where(flag => !package.HasOption(flag)));
        return added.Count == 0 ? step.Text : step.Text + " " + string.Join(' ', added);
    }

    /// <inheritdoc />
    public override bool IsToolCopy(CopyInstruction copy) =>
        copy.From is { } from && (from.StartsWith("composer", StringComparison.Ordinal)
            || from.Contains("/composer", StringComparison.Ordinal)
            || from.Contains("php-extension-installer", StringComparison.Ordinal));

    private void Decide(PackageCommand? install, string? json)
    {
        if (install is not null)
        {
            var program = install.Command.Name?.Value ?? "composer";
            var authoritative = install.HasOption("--classmap-authoritative")
                || install.HasOption("-a");
            afterSources.Add($"{program} dump-autoload --no-dev "
                + (authoritative ? "--classmap-authoritative" : "--optimize"));
            if (json?.Contains("\"post-install-cmd\"", StringComparison.Ordinal) == true)
            {
                afterSources.Add($"{program} run-script post-install-cmd");
            }

            changes.Add(new ChangeExplanation(
                "composer install runs with --no-dev --no-scripts --no-autoloader; the optimised "
                + "autoloader and the scripts run once the sources are copied.",
                "The install needs only the manifests, so its layer survives source changes; "
                + "the autoloader and scripts (such as package discovery) need the sources."));
            changes.Add(new ChangeExplanation(
                "Composer, git and unzip stay in the builder; vendor/ comes over with the "
                + "application folder.",
                "They fetch and unpack the dependencies; the application only loads vendor/."));
        }

        if (BuildsExtensions)
        {
            changes.Add(new ChangeExplanation(
                $"The final stage copies {ExtensionFolder} and {ExtensionSettings} from the "
                + "builder.",
                "The extensions were compiled there against the same php image, so their API "
                + "version and paths match; only the headers and compilers stay behind."));
        }
    }

    // An unreadable composer.json reads as absent: no scripts are added for it.
    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception exception) when (exception is IOException
            or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [GeneratedRegex("\"type\"\\s*:\\s*\"path\"")]
    private static partial Regex PathRepository();
}

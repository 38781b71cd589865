using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// The Ruby (bundler) side of a restage: <c>bundle install</c> from Gemfile and Gemfile.lock
/// into <c>/usr/local/bundle</c>, without the development and test groups, in deployment mode
/// when a lock file exists; the final stage copies the installed gems. Commands that call a gem
/// executable directly go through <c>bundle exec</c> once the gems live under BUNDLE_PATH.
/// </summary>
public sealed class RubyLayout : ApplicationLayout
{
    /// <summary>Where the official ruby images keep gems (GEM_HOME), and where the builder
    /// installs them.</summary>
    public const string GemFolder = "/usr/local/bundle";

    // Gem executables that servers and workers are started with; a CMD naming one directly
    // found it on GEM_HOME's bin folder, which deployment mode no longer fills.
    private static readonly HashSet<string> GemExecutables =
    [
        "rails", "puma", "rackup", "unicorn", "sidekiq", "thin", "rake", "falcon", "passenger",
        "good_job", "foreman", "shoryuken", "hanami", "iodine",
    ];

    private readonly List<string> environment = [];
    private readonly List<ChangeExplanation> changes = [];
    private readonly bool deployment;

    /// <summary>Decides the layout for <paramref name="stage"/>; <paramref name="context"/> is
    /// the build context, read for Gemfile.lock and the Gemfile's path gems.</summary>
    public RubyLayout(Stage stage, string? context)
    {
        var settings = BundlerSettings(stage);
        var gemfile = context is null ? null : Path.Combine(context, "Gemfile");
        var lockFile = context is null ? (bool?)null
            : File.Exists(Path.Combine(context, "Gemfile.lock"));
        NeedsSources = gemfile is not null && File.Exists(gemfile) && ReadsSources(gemfile);
        Manifests = NeedsSources ? []
            : lockFile switch
            {
                true => ["Gemfile", "Gemfile.lock"],
                false => ["Gemfile"],
                null => ["Gemfile*"],
            };
        deployment = lockFile == true && !settings.Contains("deployment")
            && !settings.Contains("path");
        Precompiles = stage.OfType<RunInstruction>().Any(run => run.Commands?.Commands.Any(
            command => command.Arguments.Any(word => word.Value is "assets:precompile")) == true);
        Decide(settings);
    }

    /// <summary>True when the Gemfile reads the sources (<c>gemspec</c>, <c>path:</c>), so the
    /// install cannot run before they are copied.</summary>
    public bool NeedsSources { get; }

    /// <summary>True when the build precompiles Rails assets.</summary>
    public bool Precompiles { get; }

    /// <inheritdoc />
    public override string Ecosystem => "Ruby";

    /// <inheritdoc />
    public override IReadOnlyList<string> Manifests { get; }

    /// <inheritdoc />
    public override IReadOnlyList<string> Environment => environment;

    /// <inheritdoc />
    public override IReadOnlyList<string> FinalCopies => [GemFolder];

    /// <inheritdoc />
    public override IReadOnlySet<string> BuildPackages => Precompiles
        ? new HashSet<string>(StringComparer.Ordinal) { "git", "nodejs", "npm", "yarn" }
        : new HashSet<string>(StringComparer.Ordinal) { "git" };

    /// <inheritdoc />
    public override IReadOnlyList<ChangeExplanation> Changes => changes;

    /// <inheritdoc />
    public override bool IsDependencyInstall(PackageCommand command) =>
        command.Manager == PackageManager.Bundler && command.Action == PackageAction.Install
        && command.SubcommandText is "install" or "";

    /// <inheritdoc />
    public override bool IsToolStep(Step step) => step.Package is { } package
        && (package.Manager == PackageManager.Gem
            || (package.Manager == PackageManager.Bundler && package.SubcommandText == "config"));

    /// <inheritdoc />
    public override string InstallText(Step step) => step.Text;

    /// <inheritdoc />
    public override CommandRewrite? Rewrite(CommandInstruction command, string original)
    {
        var words = command.IsExecForm
            ? command.Command
            : (command.Command.FirstOrDefault() ?? "").Split(' ',
                StringSplitOptions.RemoveEmptyEntries);
        var program = words.Count > 0 ? Path.GetFileName(words[0]) : "";
        if (program == "bundle")
        {
            return new CommandRewrite(null, new ChangeExplanation(
                $"{command.Name} keeps `bundle exec`.",
                "Bundler is part of Ruby in the slim image, and it reads the gems and settings "
                + $"the final stage copied into {GemFolder}."));
        }

        if (!deployment || !GemExecutables.Contains(program) || words[0].Contains('/'))
        {
            return null;
        }

        var text = command.IsExecForm
            ? $"{command.Syntax.Keyword} [\"bundle\", \"exec\", "
                + string.Join(", ", words.Select(Quote)) + "]"
            : $"{command.Syntax.Keyword} bundle exec {command.Command[0]}";
        return new CommandRewrite(text, new ChangeExplanation(
            $"{command.Name} starts {program} through `bundle exec`.",
            $"In deployment mode the gems live under BUNDLE_PATH ({GemFolder}), whose "
            + "executables are not on PATH; bundler, part of Ruby, finds them."));
    }

    private void Decide(HashSet<string> settings)
    {
        var parts = new List<string>();
        if (deployment)
        {
            parts.Add("BUNDLE_DEPLOYMENT=1");
            parts.Add($"BUNDLE_PATH={GemFolder}");
        }

        if (!settings.Contains("without"))
        {
            parts.Add("BUNDLE_WITHOUT=development:test");
        }

        if (parts.Count > 0)
        {
            environment.Add("ENV " + string.Join(' ', parts));
            changes.Add(new ChangeExplanation(
                $"Both stages set {string.Join(", ", parts.Select(part => part.Split('=')[0]))}.",
                (deployment ? "Deployment mode installs exactly what Gemfile.lock says and fails "
                    + "when it is out of date; " : "")
                + (settings.Contains("without") ? ""
                    : "the development and test gems are not installed, and bundler at run "
                    + "time must not look for them.")));
        }

        changes.Add(new ChangeExplanation(
            $"The final stage copies {GemFolder} from the builder.",
            "bundle install put the gems there, native extensions compiled; the compilers and "
            + "git that built and fetched them stay in the builder."));
        if (Precompiles)
        {
            changes.Add(new ChangeExplanation(
                "assets:precompile runs in the builder; public/assets comes over with the "
                + "application folder.",
                "The asset toolchain (node, yarn) is needed to build the assets, not to serve "
                + "them."));
        }
    }

    private static string Quote(string word) =>
        "\"" + word.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // An unreadable Gemfile is treated as one that needs the sources: the install then stays
    // where the original put it.
    private static bool ReadsSources(string gemfile)
    {
        try
        {
            return File.ReadLines(gemfile)
                .Select(line => line.Trim())
                .Any(line => line.StartsWith("gemspec", StringComparison.Ordinal)
                    || line.Contains("path:", StringComparison.Ordinal)
                    || line.Contains(":path", StringComparison.Ordinal));
        }
        catch (Exception exception) when (exception is IOException
            or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>The bundler settings the original already makes: ENV BUNDLE_X, <c>bundle
    /// config set x</c>, <c>bundle install --x</c>.</summary>
    private static HashSet<string> BundlerSettings(Stage stage)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instruction in stage.Instructions)
        {
            if (instruction is KeyValueInstruction { Name: "ENV" } env)
            {
                foreach (var pair in env.Pairs.Where(pair => pair.Key.StartsWith("BUNDLE_",
                    StringComparison.Ordinal)))
                {
                    names.Add(Setting(pair.Key["BUNDLE_".Length..].ToLowerInvariant()));
                }
            }

            if (instruction is not RunInstruction { Commands: { } script })
            {
                continue;
            }

            foreach (var word in script.Commands.Where(command => command.ProgramName == "bundle")
                .SelectMany(command => command.Arguments).Select(word => word.Value ?? ""))
            {
                names.Add(Setting(word.TrimStart('-').Split('=')[0]));
            }
        }

        return names;
    }

    private static string Setting(string name) => name is "frozen" ? "deployment" : name;
}

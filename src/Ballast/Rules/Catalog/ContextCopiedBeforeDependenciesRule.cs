using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL201: the whole build context is copied before the dependencies are installed,
/// so any source change invalidates the install layer and every rebuild reinstalls them.
/// </summary>
public sealed class ContextCopiedBeforeDependenciesRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL201",
        "Source copied before dependencies are installed",
        Category.Cache,
        Severity.Warning,
        "COPY of the whole build context comes before the dependency install; every source "
        + "change then reinstalls all dependencies instead of reusing the cached layer.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            var install = stage.PackageUses().FirstOrDefault(IsManifestInstall);
            if (install is null)
            {
                continue;
            }

            var copy = stage.OfType<CopyInstruction>()
                .FirstOrDefault(
                    copy => copy.CopiesWholeContext && copy.Span.Start < install.Span.Start);
            if (copy is null)
            {
                continue;
            }

            var installLine = context.Model.Locate(install.Span).Start.Line;
            yield return context.Report(Descriptor,
                $"The whole build context is copied before the dependencies are installed "
                + $"(line {installLine}); every source change reinstalls them. Copy "
                + $"{Manifests(install.Command.Manager)} first, install, then copy the rest.",
                copy.Span);
        }
    }

    /// <summary>True for installs driven by the project's manifest, not ad-hoc package names.
    /// </summary>
    public static bool IsManifestInstall(PackageUse use)
    {
        var command = use.Command;
        return command.Manager switch
        {
            PackageManager.Pip => command.Action == PackageAction.Install
                && (command.RequirementFiles.Count > 0
                    || command.Packages.Any(package => package.Origin != PackageOrigin.Registry)),
            PackageManager.Poetry or PackageManager.Pipenv or PackageManager.Uv
                or PackageManager.Npm or PackageManager.Yarn or PackageManager.Pnpm
                or PackageManager.Bundler or PackageManager.Composer =>
                command.Action is PackageAction.Install && command.Packages.Count == 0,
            PackageManager.Go or PackageManager.Cargo or PackageManager.Maven
                or PackageManager.Gradle or PackageManager.Dotnet =>
                command.Action is PackageAction.Install or PackageAction.Build
                    or PackageAction.Download,
            _ => false,
        };
    }

    private static string Manifests(PackageManager manager) => manager switch
    {
        PackageManager.Pip => "the requirements files",
        PackageManager.Poetry => "pyproject.toml and poetry.lock",
        PackageManager.Pipenv => "Pipfile and Pipfile.lock",
        PackageManager.Uv => "pyproject.toml and uv.lock",
        PackageManager.Npm => "package.json and package-lock.json",
        PackageManager.Yarn => "package.json and yarn.lock",
        PackageManager.Pnpm => "package.json and pnpm-lock.yaml",
        PackageManager.Bundler => "Gemfile and Gemfile.lock",
        PackageManager.Composer => "composer.json and composer.lock",
        PackageManager.Go => "go.mod and go.sum",
        PackageManager.Cargo => "Cargo.toml and Cargo.lock",
        PackageManager.Maven => "pom.xml",
        PackageManager.Gradle => "the Gradle build files",
        PackageManager.Dotnet => "the project files",
        _ => "the dependency manifests",
    };
}

using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>What a compiled language's recipes share: which copied paths are its sources,
/// and how the system packages of a build split between the builder and the final stage.
/// </summary>
/// <param name="Manifests">File names that belong to the build, not to the program's run
/// time (<c>go.mod</c>, <c>Cargo.toml</c>).</param>
/// <param name="Extensions">Extensions of source files, with their dot (<c>.go</c>).</param>
/// <param name="ToolPrograms">Programs the toolchain calls on its own (to fetch
/// dependencies, or to build), so they and the packages of the same name are build tools
/// even when no step names them.</param>
internal sealed record CompiledLanguage(
    IReadOnlySet<string> Manifests,
    IReadOnlyList<string> Extensions,
    IReadOnlyList<string> ToolPrograms)
{
    /// <summary>True when <paramref name="path"/>, a source of a COPY, holds sources only: a
    /// manifest, a source file, or a folder with source files in the context.</summary>
    // Limitation: without a build context, a folder copied by name counts as sources, so data
    // folders (templates, static files) are not carried to the final stage.
    public bool IsSource(string path, string? contextDirectory)
    {
        var name = Path.GetFileName(path.TrimEnd('/'));
        if (Manifests.Contains(name) || Extensions.Any(extension =>
            name.EndsWith(extension, StringComparison.Ordinal)))
        {
            return true;
        }

        if (contextDirectory is null)
        {
            return !name.Contains('.', StringComparison.Ordinal);
        }

        var folder = Path.Combine(contextDirectory, path.TrimStart('/'));
        return Directory.Exists(folder) && Extensions.Any(extension =>
            Directory.EnumerateFiles(folder, "*" + extension, SearchOption.AllDirectories).Any());
    }

    /// <summary>Splits the system packages <paramref name="stage"/> installs: what its steps
    /// and the toolchain call stays in the builder. A static binary carries its C libraries
    /// inside, so the runtime packages of its headers are left out.</summary>
    public SystemPackagePlan SystemPackages(
        Stage stage, BaseImageFacts facts, PackageFacts packages, bool staticBinary)
    {
        var installed = stage.PackageUses()
            .Where(use => use.Command.Action == PackageAction.Install
                && BuildTooling.IsSystemManager(use.Command.Manager))
            .SelectMany(use => use.Command.Packages.Select(package => package.Name));
        var programs = stage.OfType<RunInstruction>()
            .SelectMany(run => run.Commands?.Commands ?? [])
            .Select(command => command.ProgramName)
            .OfType<string>()
            .Concat(ToolPrograms)
            .ToHashSet(StringComparer.Ordinal);
        var plan = SystemPackagePlan.Make(installed, programs, facts.Release, packages);
        if (staticBinary)
        {
            var libraries = plan.Replaced.SelectMany(pair => pair.Runtime).ToHashSet();
            plan.Runtime.RemoveAll(libraries.Contains);
        }

        return plan;
    }
}

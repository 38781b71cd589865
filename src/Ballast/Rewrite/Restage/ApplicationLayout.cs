using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// What a restage of an interpreted application (Ruby with bundler, PHP with composer) needs to
/// know about its ecosystem: which command installs the dependencies and from which manifests,
/// how the builder writes that install, what the final stage takes from the builder besides the
/// application folder, and which steps and tools stay in the builder. A recipe fills one in after
/// reading the build; <see cref="ApplicationWriter"/> writes the two stages from it.
/// </summary>
public abstract class ApplicationLayout
{
    /// <summary>The ecosystem in prose, such as <c>Ruby</c>.</summary>
    public abstract string Ecosystem { get; }

    /// <summary>True for the command that installs the application's dependencies from its
    /// manifests (<c>bundle install</c>, <c>composer install</c>).</summary>
    public abstract bool IsDependencyInstall(PackageCommand command);

    /// <summary>True for a step that prepares the package tool itself (<c>gem install
    /// bundler</c>, <c>bundle config</c>): it stays in the builder, where it ran.</summary>
    public abstract bool IsToolStep(Step step);

    /// <summary>The context files the install reads, copied ahead of the sources; empty when
    /// the install needs the sources (a gemspec, a path repository).</summary>
    public abstract IReadOnlyList<string> Manifests { get; }

    /// <summary>The install as the builder writes it.</summary>
    public abstract string InstallText(Step step);

    /// <summary>ENV lines both stages carry, before the install and at the top of the final
    /// stage.</summary>
    public virtual IReadOnlyList<string> Environment => [];

    /// <summary>Commands the builder runs once the sources are in place after the install.
    /// </summary>
    public virtual IReadOnlyList<string> AfterSources => [];

    /// <summary>The comment above <see cref="AfterSources"/>.</summary>
    public virtual string AfterSourcesComment => "";

    /// <summary>Absolute paths (globs allowed) the final stage copies from the builder before
    /// the application: installed gems, compiled extensions.</summary>
    public abstract IReadOnlyList<string> FinalCopies { get; }

    /// <summary>Packages the build uses but the application does not run with (git for
    /// fetching, unzip for composer archives).</summary>
    public virtual IReadOnlySet<string> BuildPackages { get; } = new HashSet<string>();

    /// <summary>True for a COPY from another image that brings a build tool (the composer
    /// binary, uv): it stays in the builder.</summary>
    public virtual bool IsToolCopy(CopyInstruction copy) => false;

    /// <summary>The final stage's text for a CMD or ENTRYPOINT, with the change to explain, or
    /// null to keep it as written.</summary>
    public virtual CommandRewrite? Rewrite(CommandInstruction command, string original) => null;

    /// <summary>What the layout changed beyond the split, one sentence each, with why.</summary>
    public virtual IReadOnlyList<ChangeExplanation> Changes => [];

    /// <summary>Estimate lines particular to the ecosystem.</summary>
    public virtual IReadOnlyList<string> Estimate => [];
}

using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// One ecosystem's way of splitting a single-stage build into a builder stage that keeps the
/// toolchain and a final stage on a smaller runtime base of the same distro release. A recipe
/// first says whether the build is one of its kind, then rewrites it or says why not.
/// </summary>
public abstract class Recipe
{
    /// <summary>The ecosystem the recipe handles, such as <c>python</c> or <c>go</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether <paramref name="stage"/>, the only stage of
    /// <paramref name="model"/>, is a build this recipe handles, and why not when it is not.
    /// Must not throw.</summary>
    public abstract Recognition Recognise(DockerfileModel model, Stage stage);

    /// <summary>Restages <paramref name="model"/>, which this recipe recognised;
    /// <paramref name="contextDirectory"/> is the build context, read for manifests and lock
    /// files when given. Returns the original text with a reason when restaging would not
    /// pay off or cannot be done safely.</summary>
    public abstract RestageResult Restage(DockerfileModel model, string? contextDirectory);
}

using System.Text.RegularExpressions;
using Ballast.Model;
using Ballast.Rules;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>A JDK a Debian or Ubuntu build installs with apt (<c>openjdk-17-jdk-headless</c>,
/// <c>default-jdk</c>), and the headless JRE package of the same release that runs its jar.
/// </summary>
/// <param name="Jdk">The JDK package as installed.</param>
/// <param name="Jre">The headless JRE package the final stage installs.</param>
internal sealed partial record DistributionJdk(string Jdk, string Jre)
{
    /// <summary>The Java release, or <c>default</c> for the distribution's default JDK.
    /// </summary>
    public string Release => JdkPattern().Match(Jdk).Groups["release"].Value;

    /// <summary>The last JDK package <paramref name="stage"/> installs with a system package
    /// manager, or null.</summary>
    public static DistributionJdk? Find(Stage stage)
    {
        var names = stage.PackageUses()
            .Where(use => use.Command.Action == PackageAction.Install
                && BuildTooling.IsSystemManager(use.Command.Manager))
            .SelectMany(use => use.Command.Packages.Select(package => package.Name));
        var jdk = names.LastOrDefault(name => JdkPattern().IsMatch(name));
        if (jdk is null)
        {
            return null;
        }

        // A server program needs no display: the headless JRE leaves out the X libraries.
        var release = JdkPattern().Match(jdk).Groups["release"].Value;
        return new DistributionJdk(jdk, release == "default"
            ? "default-jre-headless"
            : $"openjdk-{release}-jre-headless");
    }

    [GeneratedRegex("""^(?:openjdk-(?<release>[0-9]+)|(?<release>default))-jdk(?:-headless)?$""")]
    private static partial Regex JdkPattern();
}

using Ballast.Knowledge;
using Ballast.Model;
using ImageReference = Ballast.Knowledge.ImageReference;

namespace Ballast.Rewrite.Restage;

/// <summary>What kind of .NET application a build publishes, which picks the runtime
/// image: ASP.NET Core for web projects, the .NET runtime for console applications,
/// runtime-deps for self-contained publishes.</summary>
/// <param name="Need">The runtime the application needs.</param>
/// <param name="Evidence">Why, as a sentence ending before the runtime's name.</param>
internal sealed record DotnetKind(RuntimeNeed Need, string Evidence)
{
    /// <summary>Reads the kind from the publish command, the project files when the context
    /// was read, or the ASPNETCORE_ settings of the stage.</summary>
    public static DotnetKind Of(
        Stage stage, DotnetBuild build, List<DotnetProject> projects, bool contextRead)
    {
        var runnable = projects.Where(project => !project.IsTest).ToList();
        if (build.SelfContained || runnable.Any(project => project.SelfContained))
        {
            return new(RuntimeNeed.SelfContained, "The publish is self-contained: it carries "
                + "the .NET runtime, so the final stage needs only its native dependencies");
        }

        if (runnable.Count > 0)
        {
            var web = runnable.FirstOrDefault(project => project.IsWeb);
            var file = Path.GetFileName((web ?? runnable[0]).File);
            return web is not null
                ? new(RuntimeNeed.Default, $"{file} uses the Web SDK, so the final stage is "
                    + "the ASP.NET Core runtime")
                : new(RuntimeNeed.Console, $"{file} is not a web project, so the final stage "
                    + "is the .NET runtime without ASP.NET Core");
        }

        var setting = stage.Instructions.Where(instruction => instruction.Name == "ENV")
            .SelectMany(instruction => instruction.Syntax.Arguments)
            .Select(word => word.Text)
            .FirstOrDefault(word => word.StartsWith("ASPNETCORE_", StringComparison.Ordinal));
        if (setting is not null)
        {
            return new(RuntimeNeed.Default, $"The stage sets {setting.Split('=')[0]}, so it "
                + "runs ASP.NET Core and the final stage is its runtime");
        }

        var why = contextRead ? "no project file was found in the build context"
            : "the build context was not given to read the project file";
        return new(RuntimeNeed.Default, $"Assumed a web application ({why}, and no "
            + "ASPNETCORE_ setting tells); the ASP.NET Core runtime also runs console "
            + "applications");
    }

    /// <summary>The explanation of the final stage's base.</summary>
    public string Why(ImageReference runtime) =>
        $"{Evidence}: {runtime}, of the same .NET version and OS as the SDK.";
}

using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL134: the Dockerfile copies the whole build context and no
/// <c>.dockerignore</c> sits next to it, so <c>.git</c>, <c>node_modules</c>, virtual
/// environments and local secrets are sent to the builder and copied into the image.
/// </summary>
public sealed class MissingDockerignoreRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL134",
        "Whole context copied without .dockerignore",
        Category.Size,
        Severity.Warning,
        "COPY . sends and copies everything in the folder, .git, node_modules and virtual "
        + "environments included, when no .dockerignore leaves them out.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        // A builder stage counts too: what it copies busts its cache on every commit, and a
        // COPY --from of its folder carries .git and the rest into the image.
        var copy = context.Model.ReachableStages
            .SelectMany(stage => stage.OfType<CopyInstruction>())
            .FirstOrDefault(copy => copy.CopiesWholeContext);
        if (copy is null || HasIgnoreFile(context.Model.Source.Path))
        {
            yield break;
        }

        var shipped = context.FinalImageStages().Any(stage => stage.Instructions.Contains(copy))
            ? "go into the image"
            : "go into the builder, rebuild it on every commit, and reach the image through "
                + "any COPY --from of that folder";
        yield return context.Report(Descriptor,
            $"COPY of the whole context with no .dockerignore: .git, node_modules and local "
            + $"environments {shipped}; add a .dockerignore.",
            copy.Sources.First(source => source.Text is "." or "./" or "*" or "./*").Span);
    }

    // Limitation: the context is assumed to be the Dockerfile's folder, as in the common
    // `docker build .`; a file that is not on disk (standard input, tests) is not judged.
    private static bool HasIgnoreFile(string dockerfilePath)
    {
        try
        {
            if (!File.Exists(dockerfilePath))
            {
                return true;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(dockerfilePath)) ?? ".";
            return File.Exists(Path.Combine(folder, ".dockerignore"))
                || File.Exists(dockerfilePath + ".dockerignore");
        }
        catch (Exception exception) when (exception is IOException
            or UnauthorizedAccessException or ArgumentException)
        {
            return true;
        }
    }
}

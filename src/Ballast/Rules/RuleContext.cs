using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Text;

namespace Ballast.Rules;

/// <summary>What a rule reads: the model of one Dockerfile, and a way to report.</summary>
public sealed class RuleContext(DockerfileModel model)
{
    private readonly Dictionary<Stage, BaseImageFacts?> described = [];

    /// <summary>The file's model.</summary>
    public DockerfileModel Model { get; } = model;

    /// <summary>Facts about official base images.</summary>
    public BaseImageCatalog Images { get; } = BaseImageCatalog.Default;

    /// <summary>Facts about distribution packages.</summary>
    public PackageFacts Packages { get; } = PackageFacts.Default;

    /// <summary>What the knowledge says of the base image of <paramref name="stage"/>,
    /// following FROM-stage links to the first image; null when it is not an official
    /// image Ballast knows.</summary>
    public BaseImageFacts? DescribeBase(Stage stage)
    {
        // Several rules ask about the same stages, and resolving a tag to its release walks
        // the knowledge tables each time: once per stage and file is enough.
        if (!described.TryGetValue(stage, out var facts))
        {
            facts = Images.DescribeBase(stage);
            described.Add(stage, facts);
        }

        return facts;
    }

    /// <summary>The distribution release of <paramref name="stage"/>'s base, or null.</summary>
    public string? ReleaseOf(Stage stage) => DescribeBase(stage)?.Release;

    /// <summary>The stage the build produces, or null when the file has none.</summary>
    public Stage? FinalStage => Model.Target;

    /// <summary>True when the file builds a single stage.</summary>
    public bool IsSingleStage => Model.Stages.Count == 1;

    /// <summary>Makes a finding of <paramref name="rule"/> at <paramref name="span"/>.</summary>
    public Finding Report(RuleDescriptor rule, string message, TextSpan span, Fix? fix = null) =>
        new(rule.Id, rule.DefaultSeverity, rule.Category, message, Model.Locate(span), fix);
}

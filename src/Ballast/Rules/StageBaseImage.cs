using Ballast.Knowledge;
using Ballast.Model;

namespace Ballast.Rules;

/// <summary>Looks up what the knowledge says of a stage's base image, for rules and restage
/// recipes alike.</summary>
public static class StageBaseImage
{
    /// <summary>What <paramref name="images"/> says of the base image of
    /// <paramref name="stage"/>, following FROM-stage links to the first image; null for
    /// scratch and for images that are not official images Ballast knows.</summary>
    public static BaseImageFacts? DescribeBase(this BaseImageCatalog images, Stage stage)
    {
        while (stage.ParentStage is { } parent)
        {
            stage = parent;
        }

        return stage.BaseImage is { } image && !image.IsScratch
            ? images.Describe(image.ShortRepository, image.EffectiveTag)
            : null;
    }
}

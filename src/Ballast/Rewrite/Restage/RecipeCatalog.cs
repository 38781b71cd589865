using Ballast.Knowledge;

namespace Ballast.Rewrite.Restage;

/// <summary>Every restage recipe, listed by hand in the order they are tried: a build is
/// restaged by the first recipe that recognises it.</summary>
public static class RecipeCatalog
{
    /// <summary>The recipes on the embedded knowledge data.</summary>
    public static IReadOnlyList<Recipe> All => For(BaseImageCatalog.Default, PackageFacts.Default);

    /// <summary>The recipes on the given knowledge.</summary>
    public static IReadOnlyList<Recipe> For(BaseImageCatalog images, PackageFacts packages) =>
    [
        new PythonRecipe(images, packages),
        new NodeRecipe(images, packages),
        new GoRecipe(images, packages),
        new RustRecipe(images, packages),
        new JavaRecipe(images, packages),
        new DotnetRecipe(images, packages),
    ];
}

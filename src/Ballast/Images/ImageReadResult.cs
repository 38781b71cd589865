using System.Diagnostics.CodeAnalysis;

namespace Ballast.Images;

/// <summary>Either the analysis of an image or the reason it could not be read.</summary>
/// <param name="Analysis">The analysis, when reading succeeded.</param>
/// <param name="Error">The error, when reading failed.</param>
public sealed record ImageReadResult(ImageAnalysis? Analysis, ImageReadError? Error)
{
    /// <summary>True when <see cref="Analysis"/> is present.</summary>
    [MemberNotNullWhen(true, nameof(Analysis))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Analysis is not null;

    /// <summary>A successful result.</summary>
    public static ImageReadResult Success(ImageAnalysis analysis) => new(analysis, null);

    /// <summary>A failed result.</summary>
    public static ImageReadResult Failure(ImageReadError error) => new(null, error);
}

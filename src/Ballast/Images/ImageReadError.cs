namespace Ballast.Images;

/// <summary>Why an image could not be read, and where in it the problem lies.</summary>
/// <param name="Message">What is wrong, in a sentence.</param>
/// <param name="Location">The archive entry, blob or layer path the problem was found at
/// (for example <c>blobs/sha256/ab12… entry usr/../../etc/passwd</c>).</param>
public sealed record ImageReadError(string Message, string Location)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}

namespace Ballast.Images;

/// <summary>
/// Raised inside the readers when an archive is malformed or hostile; <see cref="ImageReader"/>
/// turns it into an <see cref="ImageReadError"/> so it never reaches the user.
/// </summary>
internal sealed class InvalidImageException(string message, string location)
    : Exception(message)
{
    public string Location { get; } = location;
}

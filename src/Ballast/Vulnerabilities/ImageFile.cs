namespace Ballast.Vulnerabilities;

/// <summary>A file in an image's final filesystem, as exposure figures need it.</summary>
/// <param name="Path">The absolute path inside the image, such as <c>/usr/bin/gcc</c>.</param>
/// <param name="Mode">The permission bits, setuid and setgid included.</param>
public sealed record ImageFile(string Path, UnixFileMode Mode);

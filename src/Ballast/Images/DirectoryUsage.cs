namespace Ballast.Images;

/// <summary>The bytes the final filesystem holds under one directory.</summary>
/// <param name="Path">The directory path from the image root, without a leading slash.</param>
/// <param name="Size">Content bytes of every file beneath it.</param>
/// <param name="FileCount">Regular files beneath it.</param>
public sealed record DirectoryUsage(string Path, long Size, int FileCount);

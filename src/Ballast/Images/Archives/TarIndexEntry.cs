using System.Formats.Tar;

namespace Ballast.Images.Archives;

/// <summary>Where one entry of an outer image tar lies, so it can be read in place.</summary>
internal sealed record TarIndexEntry(
    string Name,
    TarEntryType Type,
    long Offset,
    long Length,
    string LinkName);

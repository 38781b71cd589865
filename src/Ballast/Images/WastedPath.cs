namespace Ballast.Images;

/// <summary>A path whose earlier versions are hidden in the final filesystem.</summary>
/// <param name="Path">The path from the image root, without a leading slash.</param>
/// <param name="HiddenVersions">How many written versions are hidden by later layers.</param>
/// <param name="WastedBytes">The bytes of those hidden versions.</param>
public sealed record WastedPath(string Path, int HiddenVersions, long WastedBytes);

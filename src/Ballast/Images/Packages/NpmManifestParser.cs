using System.Text.Json;

namespace Ballast.Images.Packages;

/// <summary>Reads an installed npm package from its <c>package.json</c>.</summary>
internal static class NpmManifestParser
{
    public static InstalledPackage? Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var name = StringProperty(root, "name");
            var version = StringProperty(root, "version");
            return name is null || version is null
                ? null
                : new InstalledPackage("npm", name, version, name, version);
        }
        catch (JsonException)
        {
            // A broken manifest in node_modules is the package's problem, not the image's.
            return null;
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

using System.Globalization;
using System.Text.Json;
using Ballast.Images;

namespace Ballast.Reports;

/// <summary>Writes what <c>ballast image</c> learned about one image: the layers with the
/// instruction that made each, waste, efficiency, largest files and folders, packages.</summary>
public static class ImageReportWriter
{
    /// <summary>The <c>--format</c> names.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["tty", "markdown", "json"];

    /// <summary>Writes <paramref name="analysis"/> in <paramref name="format"/>.</summary>
    public static void Write(ImageAnalysis analysis, string format, TextWriter output)
    {
        if (format == "json")
        {
            output.Write(JsonSerializer.Serialize(
                analysis, MeasurementJsonContext.Readable.ImageAnalysis) + "\n");
            return;
        }

        var markdown = format == "markdown";
        WriteSummary(analysis, output, markdown);
        WriteLayers(analysis, output, markdown);
        WriteLargest(analysis, output, markdown);
        WritePackages(analysis, output, markdown);
    }

    private static void WriteSummary(ImageAnalysis analysis, TextWriter output, bool markdown)
    {
        output.Write(markdown ? $"## Image {analysis.Source}\n\n" : $"Image {analysis.Source}\n");
        var compressed = analysis.CompressedBytes is { } bytes
            ? $", {MeasurementTable.Megabytes(bytes)} compressed"
            : "";
        var efficiency = (analysis.Efficiency * 100).ToString("0.0", CultureInfo.InvariantCulture);
        output.Write($"{Bullet(markdown)}Size: {MeasurementTable.Megabytes(analysis.TotalBytes)}"
            + $"{compressed}, {analysis.Layers.Count} layers, {analysis.FileCount} files\n");
        output.Write($"{Bullet(markdown)}Wasted: {MeasurementTable.Megabytes(analysis.WastedBytes)}"
            + $", efficiency {efficiency}% (final bytes / bytes written by all layers)\n");
        if (analysis.OsRelease is { } os)
        {
            output.Write($"{Bullet(markdown)}OS: {os.PrettyName ?? os.Id}\n");
        }

        foreach (var note in analysis.Notes)
        {
            output.Write($"{Bullet(markdown)}Note: {note}\n");
        }
    }

    private static void WriteLayers(ImageAnalysis analysis, TextWriter output, bool markdown)
    {
        output.Write(markdown
            ? "\n| # | Size | Added | Changed | Removed | Wasted | Instruction |\n"
                + "|---:|---:|---:|---:|---:|---:|---|\n"
            : "\nLayers (size, added/changed/removed, wasted, instruction):\n");
        foreach (var layer in analysis.Layers)
        {
            var changes = layer.Changes;
            var instruction = Shorten(layer.Instruction ?? "(unknown)");
            output.Write(markdown
                ? $"| {layer.Index} | {MeasurementTable.Megabytes(layer.Size)} | {changes.Added} "
                    + $"| {changes.Changed} | {changes.Removed} "
                    + $"| {MeasurementTable.Megabytes(layer.WastedBytes)} "
                    + $"| `{instruction.Replace("|", "\\|", StringComparison.Ordinal)}` |\n"
                : $"  {layer.Index,3}  {MeasurementTable.Megabytes(layer.Size),10}  "
                    + $"+{changes.Added}/~{changes.Changed}/-{changes.Removed}  "
                    + $"{MeasurementTable.Megabytes(layer.WastedBytes)} wasted  {instruction}\n");
        }
    }

    private static void WriteLargest(ImageAnalysis analysis, TextWriter output, bool markdown)
    {
        output.Write("\nLargest files:\n" + (markdown ? "\n" : ""));
        foreach (var file in analysis.LargestFiles.Take(10))
        {
            output.Write(
                $"{Bullet(markdown)}{MeasurementTable.Megabytes(file.Size)}  /{file.Path}\n");
        }

        output.Write("\nLargest directories:\n" + (markdown ? "\n" : ""));
        foreach (var directory in analysis.LargestDirectories.Take(10))
        {
            output.Write($"{Bullet(markdown)}{MeasurementTable.Megabytes(directory.Size)}  "
                + $"/{directory.Path} ({directory.FileCount} files)\n");
        }
    }

    private static void WritePackages(ImageAnalysis analysis, TextWriter output, bool markdown)
    {
        var packages = analysis.Packages.Packages;
        output.Write($"\nPackages: {packages.Count}\n" + (markdown ? "\n" : ""));
        foreach (var group in packages.GroupBy(package => package.Ecosystem).OrderBy(g => g.Key))
        {
            output.Write($"{Bullet(markdown)}{group.Key}: {group.Count()}\n");
        }

        foreach (var database in analysis.Packages.UnreadDatabases)
        {
            output.Write($"{Bullet(markdown)}not read: {database}\n");
        }
    }

    private static string Bullet(bool markdown) => markdown ? "- " : "  ";

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 100 ? line : line[..97] + "...";
    }
}

namespace Ballast.Reports;

/// <summary>The formats <c>measure</c> and <c>compare</c> write.</summary>
public static class MeasurementFormats
{
    /// <summary>The <c>--format</c> names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["tty", "markdown", "json", "html"];

    /// <summary>The formatter called <paramref name="name"/>, or null.</summary>
    public static IMeasurementFormatter? Find(string name) => name switch
    {
        "tty" => new MeasurementTtyFormatter(),
        "markdown" => new MeasurementMarkdownFormatter(),
        "json" => new MeasurementJsonFormatter(),
        "html" => new MeasurementHtmlFormatter(),
        _ => null,
    };
}

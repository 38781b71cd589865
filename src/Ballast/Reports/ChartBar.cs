namespace Ballast.Reports;

/// <summary>One bar of an HTML chart.</summary>
/// <param name="Label">What the bar stands for, such as <c>warning</c> or an image's
/// label.</param>
/// <param name="Value">The length of the bar before scaling; negative values draw no
/// bar.</param>
/// <param name="Text">The figure as the tables print it, such as <c>312.4 MB</c>.</param>
/// <param name="Tone">The colour class: <c>before</c>, <c>after</c>, a severity, or
/// <c>plain</c>.</param>
internal sealed record ChartBar(string Label, double Value, string Text, string Tone);

using Ballast.Workflows;

namespace Ballast.Reports;

/// <summary>Writes a <see cref="Measurement"/> in one output format.</summary>
public interface IMeasurementFormatter
{
    /// <summary>The <c>--format</c> name.</summary>
    string Name { get; }

    /// <summary>Writes the measurement to <paramref name="output"/>.</summary>
    void Write(Measurement measurement, TextWriter output);
}

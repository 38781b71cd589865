namespace Ballast.Vulnerabilities;

/// <summary>The outcome of refreshing one ecosystem's export.</summary>
/// <param name="Ecosystem">The exported ecosystem: <c>Debian</c>, <c>Alpine</c>,
/// <c>PyPI</c>.</param>
/// <param name="Succeeded">True when a new export is in place.</param>
/// <param name="Message">What happened, written for the user; on failure it says what to do
/// instead.</param>
public sealed record DatabaseUpdate(string Ecosystem, bool Succeeded, string Message);

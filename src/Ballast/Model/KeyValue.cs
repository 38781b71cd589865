using Ballast.Syntax;

namespace Ballast.Model;

/// <summary>One name and its expanded value, with the word it came from.</summary>
public sealed record KeyValue(string Key, string? Value, WordSyntax Word);

namespace Ballast.Syntax;

/// <summary>An instruction's physical lines joined into one logical line.</summary>
/// <param name="Line">The joined text, mapped back to file offsets.</param>
/// <param name="Start">The file offset of the instruction's first non-blank character.</param>
/// <param name="End">The file offset just past the last content character consumed.</param>
/// <param name="NextLine">The index of the first physical line after the instruction.</param>
/// <param name="Trivia">Continuation escapes and dropped comment lines, as tokens.</param>
internal sealed record LogicalLine(
    MappedText Line, int Start, int End, int NextLine, List<TokenEntry> Trivia);

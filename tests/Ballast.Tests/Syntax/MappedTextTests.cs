using Ballast.Syntax;
using Ballast.Text;
using CsCheck;

namespace Ballast.Tests.Syntax;

public sealed class MappedTextTests
{
    private const string File = "FROM a\nRUN one \\\n  two \\\n# note\n  three\nCMD x\n";

    // Random increasing, non-overlapping ranges of a 60-character file, some empty.
    private static readonly Gen<List<TextSpan>> Pieces =
        Gen.Int[0, 6].Array[1, 12].Select(steps =>
        {
            var pieces = new List<TextSpan>();
            var at = 0;
            for (var i = 0; i + 1 < steps.Length; i += 2)
            {
                var start = at + steps[i];
                var end = Math.Min(start + steps[i + 1], 60);
                if (start > 60)
                {
                    break;
                }

                pieces.Add(TextSpan.FromBounds(start, end));
                at = end;
            }

            return pieces;
        });

    [Fact]
    public void Joined_pieces_map_every_character_to_the_offset_it_came_from()
    {
        Pieces.Sample(pieces =>
        {
            var file = new string('x', 64);
            var expected = Offsets(pieces);
            var mapped = MappedText.Join(file, pieces, 61);

            Assert.Equal(expected.Length, mapped.Length);
            Assert.Equal(expected,
                Enumerable.Range(0, expected.Length).Select(mapped.SourceOffset));
            Assert.Equal(61, mapped.SourceOffset(mapped.Length));
        });
    }

    [Fact]
    public void Index_of_source_finds_the_first_character_at_or_after_an_offset()
    {
        Gen.Select(Pieces, Gen.Int[0, 62], Gen.Int[0, 30], Gen.Int[0, 30]).Sample(
            (pieces, offset, from, length) =>
            {
                var file = new string('x', 64);
                var offsets = Offsets(pieces);
                from = Math.Min(from, offsets.Length);
                var to = Math.Min(from + length, offsets.Length);
                var slice = MappedText.Join(file, pieces, 61).Slice(from, to);
                var window = offsets[from..to];
                var index = Array.BinarySearch(window, offset);

                Assert.Equal(index >= 0 ? index : ~index, slice.IndexOfSource(offset));
            });
    }

    [Fact]
    public void Slice_of_a_slice_keeps_the_offsets_of_the_file()
    {
        var line = MappedText.Join(File, [TextSpan.FromBounds(11, 15),
            TextSpan.FromBounds(17, 23), TextSpan.FromBounds(33, 40)], 40);

        var rest = line.Slice(1, line.Length).Slice(2, 8);

        Assert.Equal("   two", rest.Text);
        Assert.Equal(new TextSpan(14, 1), rest.SourceSpan(0, 1));
        Assert.Equal(TextSpan.FromBounds(17, 22), rest.SourceSpan(1, 6));
        Assert.Equal(22, rest.SourceOffset(rest.Length));
        Assert.Equal(1, rest.IndexOfSource(15));
    }

    [Fact]
    public void Concat_of_a_slice_maps_both_parts_back_to_the_file()
    {
        var line = MappedText.Join(File, [TextSpan.FromBounds(7, 15),
            TextSpan.FromBounds(17, 23)], 23);
        var tail = MappedText.Contiguous(File, TextSpan.FromBounds(40, 45));

        var joined = line.Slice(4, line.Length).Concat(tail);

        Assert.Equal("one   two CMD x", joined.Text);
        Assert.Equal(11, joined.SourceOffset(0));
        Assert.Equal(17, joined.SourceOffset(4));
        Assert.Equal(40, joined.SourceOffset(10));
        Assert.Equal(45, joined.SourceOffset(joined.Length));
        Assert.Equal(10, joined.IndexOfSource(24));
    }

    [Fact]
    public void Offsets_that_do_not_match_the_text_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new MappedText("ab", [1], 2));
    }

    private static int[] Offsets(List<TextSpan> pieces) =>
        pieces.SelectMany(piece => Enumerable.Range(piece.Start, piece.Length)).ToArray();
}

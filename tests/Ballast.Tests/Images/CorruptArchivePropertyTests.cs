using Ballast.Images;
using CsCheck;
using Xunit;

namespace Ballast.Tests.Images;

/// <summary>
/// Archives with random bytes overwritten must give a result, success or error, and never
/// an exception: readers meet damaged downloads and half-written saves.
/// </summary>
public sealed class CorruptArchivePropertyTests
{
    private static readonly byte[][] Archives =
    [
        Image().OciArchive(LayerCompression.Gzip).ToArray(),
        Image().OciArchive(LayerCompression.Zstd).ToArray(),
        Image().OciArchive(LayerCompression.None).ToArray(),
        Image().LegacyDockerArchive().ToArray(),
    ];

    [Fact]
    public void Damaged_archives_give_a_result_and_never_throw()
    {
        var damage = Gen.Select(
            Gen.Int[0, Archives.Length - 1],
            Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 12],
            Gen.Bool);

        damage.Sample((which, changes, verify) =>
        {
            var bytes = (byte[])Archives[which].Clone();
            foreach (var (offset, value) in changes)
            {
                bytes[offset % bytes.Length] = value;
            }

            var result = ImageReader.Analyze(new MemoryStream(bytes), "damaged.tar",
                new ImageReadOptions { VerifyDigests = verify });

            Assert.True(result.Succeeded || result.Error.Message.Length > 0);
        }, iter: 3000);
    }

    private static TestImage Image() => new TestImage()
        .Layer(new LayerBuilder()
            .Directory("etc")
            .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
            .File("var/lib/dpkg/status", "Package: a\nVersion: 1\n")
            .SymbolicLink("lib", "usr/lib")
            .File("usr/lib/big", 3000))
        .Layer(new LayerBuilder()
            .Whiteout("usr/lib/big")
            .Opaque("etc")
            .HardLink("usr/lib/again", "var/lib/dpkg/status"));
}

using System.Text;
using Ballast.Files;

namespace Ballast.Tests.Files;

public sealed class DockerfileDocumentTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_text_is_an_input_error_because_buildkit_cannot_read_it(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("FROM alpine:3.20\n"))
            .ToArray();

        var document = DockerfileDocument.FromBytes("Dockerfile", bytes, out var error);

        Assert.Null(document);
        Assert.NotNull(error);
        Assert.Contains("UTF-16", error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Dockerfile:1:1", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_byte_is_reported_as_a_binary_file()
    {
        var bytes = Encoding.UTF8.GetBytes("FROM alpine\n\0");

        var document = DockerfileDocument.FromBytes("Dockerfile", bytes, out var error);

        Assert.Null(document);
        Assert.Contains("binary file", error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_is_read()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(Encoding.UTF8.GetBytes("FROM alpine:3.20\n")).ToArray();

        var document = DockerfileDocument.FromBytes("Dockerfile", bytes, out var error);

        Assert.Null(error);
        Assert.NotNull(document);
        Assert.Contains("FROM alpine:3.20", document.Text, StringComparison.Ordinal);
    }
}

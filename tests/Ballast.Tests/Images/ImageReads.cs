using Xunit;
using Ballast.Images;

namespace Ballast.Tests.Images;

/// <summary>Reads test images and fails the test with the reader's message on error.</summary>
internal static class ImageReads
{
    public static ImageAnalysis Succeed(Stream archive, ImageReadOptions? options = null)
    {
        var result = ImageReader.Analyze(archive, "test.tar", options);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Analysis;
    }

    public static ImageAnalysis Succeed(TestImage image) => Succeed(image.OciArchive());

    public static ImageReadError Fail(Stream archive, ImageReadOptions? options = null)
    {
        var result = ImageReader.Analyze(archive, "test.tar", options);
        Assert.False(result.Succeeded, "the image was read although it should be rejected");
        return result.Error;
    }

    public static ImageReadError Fail(TestImage image, ImageReadOptions? options = null) =>
        Fail(image.OciArchive(), options);
}

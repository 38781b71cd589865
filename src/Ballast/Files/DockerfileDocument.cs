using System.Text;
using Ballast.Text;

namespace Ballast.Files;

/// <summary>
/// A Dockerfile read from disk with what it takes to write it back the same way: its
/// encoding (a byte order mark stays in <see cref="Text"/> as U+FEFF) and its line ending.
/// </summary>
public sealed class DockerfileDocument
{
    private DockerfileDocument(string path, string text, Encoding encoding)
    {
        Path = path;
        Text = text;
        Encoding = encoding;
    }

    /// <summary>The path as the user named it.</summary>
    public string Path { get; }

    /// <summary>The decoded text, byte order mark included.</summary>
    public string Text { get; }

    /// <summary>The encoding to write the text back with; it emits no extra preamble.</summary>
    public Encoding Encoding { get; }

    /// <summary>The line ending most lines use: <c>\r\n</c> or <c>\n</c>.</summary>
    public string LineEnding => LineEndings.Dominant(Text);

    /// <summary>The text as a source for the parser.</summary>
    public SourceText Source => new(Text, Path);

    /// <summary>Reads <paramref name="path"/>; on failure returns null and sets
    /// <paramref name="error"/>.</summary>
    public static DockerfileDocument? Read(string path, out DocumentError? error)
    {
        error = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException
            or DirectoryNotFoundException)
        {
            error = new DocumentError(path, 0, 0, "no such file or directory");
            return null;
        }
        catch (Exception exception) when (exception is IOException
            or UnauthorizedAccessException or NotSupportedException)
        {
            error = new DocumentError(path, 0, 0, $"cannot read the file: {exception.Message}");
            return null;
        }

        return FromBytes(path, bytes, out error);
    }

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="path"/>.</summary>
    public static DockerfileDocument? FromBytes(string path, byte[] bytes, out DocumentError? error)
    {
        error = null;
        if (HasUtf16ByteOrderMark(bytes))
        {
            // BuildKit reads bytes as UTF-8 and fails on such a file, so linting its decoded
            // text would report a file that cannot build as clean.
            error = new DocumentError(path, 1, 1,
                "the file is UTF-16 text; BuildKit reads only UTF-8, so save it as UTF-8");
            return null;
        }

        var encoding = new UTF8Encoding(
            encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            error = At(path, bytes, nul, "this is a binary file, not a Dockerfile (NUL byte)");
            return null;
        }

        try
        {
            return new DockerfileDocument(path, encoding.GetString(bytes), encoding);
        }
        catch (DecoderFallbackException exception)
        {
            var index = exception.Index >= 0 ? FirstInvalidUtf8(bytes) : 0;
            error = At(path, bytes, index, "the file is not valid UTF-8 text");
            return null;
        }
    }

    /// <summary>Encodes <paramref name="text"/> the way this file was encoded.</summary>
    public byte[] Encode(string text) => Encoding.GetBytes(text);

    private static bool HasUtf16ByteOrderMark(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE)
            || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var decoder = new UTF8Encoding(false, true);
        var low = 0;
        var high = bytes.Length;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            try
            {
                decoder.GetCharCount(bytes, 0, middle);
                low = middle;
            }
            catch (DecoderFallbackException)
            {
                high = middle;
            }
        }

        return low;
    }

    private static DocumentError At(string path, byte[] bytes, int index, string message)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new DocumentError(path, line, index - lineStart + 1, message);
    }
}

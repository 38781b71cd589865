namespace Ballast.Files;

/// <summary>Finds the line ending a text mostly uses, so inserted lines match it.</summary>
public static class LineEndings
{
    /// <summary><c>\r\n</c> when most line breaks are CRLF, otherwise <c>\n</c>.</summary>
    public static string Dominant(string text)
    {
        var crlf = 0;
        var lf = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }

            if (i > 0 && text[i - 1] == '\r')
            {
                crlf++;
            }
            else
            {
                lf++;
            }
        }

        return crlf > lf ? "\r\n" : "\n";
    }
}

using System.Net;
using System.Text;

namespace Ballast.Reports;

/// <summary>Turns user-controlled text (paths, messages, Dockerfile lines, image and package
/// names) into HTML that shows it literally and can never open a tag or an attribute.</summary>
internal static class HtmlText
{
    /// <summary>The text encoded for element content or a quoted attribute value: the five
    /// characters HTML gives a meaning to become references, while tabs and line breaks stay
    /// as they are so code frames keep their layout in the page source too.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(Printable(text));

    /// <summary>Control characters other than tab and line breaks are shown as U+FFFD, as in
    /// the terminal format: HTML treats their character references as parse errors.</summary>
    private static string Printable(string text)
    {
        if (!text.Any(IsHidden))
        {
            return text;
        }

        var printable = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            printable.Append(IsHidden(character) ? '\uFFFD' : character);
        }

        return printable.ToString();
    }

    private static bool IsHidden(char character) =>
        char.IsControl(character) && character is not ('\t' or '\n' or '\r');
}

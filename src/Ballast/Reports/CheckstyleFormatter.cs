using System.Globalization;
using System.Text;
using System.Xml;
using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The <c>checkstyle</c> format: Checkstyle's XML report, which Jenkins, reviewdog
/// and many CI dashboards read. Every checked file gets a <c>file</c> element, even with no
/// finding, so dashboards count it as checked.</summary>
public sealed class CheckstyleFormatter : IReportFormatter
{
    /// <inheritdoc />
    public string Name => "checkstyle";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output)
    {
        // The declaration is written by hand: XmlWriter would name the writer's encoding,
        // which is UTF-16 for a StringWriter although the bytes reach users as UTF-8.
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            CloseOutput = false,
        };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartElement("checkstyle");
            xml.WriteAttributeString("version", "4.3");
            foreach (var file in report.Files)
            {
                WriteFile(xml, file);
            }

            xml.WriteEndElement();
        }

        output.Write('\n');
    }

    private static void WriteFile(XmlWriter xml, FileReport file)
    {
        xml.WriteStartElement("file");
        xml.WriteAttributeString("name", XmlSafe(file.Path));
        foreach (var finding in file.Ordered)
        {
            xml.WriteStartElement("error");
            xml.WriteAttributeString("line", Number(finding.Location.Start.Line));
            xml.WriteAttributeString("column", Number(finding.Location.Start.Column));
            xml.WriteAttributeString("severity", Severity(finding.Severity));
            xml.WriteAttributeString("message", XmlSafe(finding.Message));
            xml.WriteAttributeString("source", $"ballast.{finding.RuleId}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Checkstyle knows error, warning and info; style findings are reported as
    /// info.</summary>
    private static string Severity(Severity severity) => severity switch
    {
        Rules.Severity.Error => "error",
        Rules.Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>XML cannot hold most control characters even escaped; a message quoting a
    /// binary byte from a Dockerfile must not make the whole report unreadable.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            safe.Append(XmlConvert.IsXmlChar(character) || char.IsSurrogate(character)
                ? character
                : '\uFFFD');
        }

        return safe.ToString();
    }
}

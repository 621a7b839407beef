using System.Text;
using System.Xml;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Reporting;

/// <summary>
/// JUnit XML, for CI servers that show test results: a <c>testsuite</c> per file (plans and unreadable inputs), a
/// <c>testcase</c> per finding named by its rule and location, with a <c>failure</c> for an error and the message in
/// <c>system-out</c> for a warning or information; a file without findings is one passing test case; an unreadable
/// file is a test case with an <c>error</c>. Characters XML cannot carry are written as U+FFFD.
/// </summary>
public sealed class JunitReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(Report report, Language language, TextWriter output)
    {
        var files = report.Plans.Select(p => p.Location.File)
            .Concat(report.Findings.Select(f => f.Location.File))
            .Concat(report.InputErrors.Select(e => e.Location.File))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var findings = report.Findings.ToLookup(f => f.Location.File, StringComparer.Ordinal);
        var inputErrors = report.InputErrors.ToLookup(e => e.Location.File, StringComparer.Ordinal);

        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var buffer = new Utf8StringWriter { NewLine = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "ComplianceEngine");
            xml.WriteAttributeString("tests", files.Sum(f => Math.Max(1, findings[f].Count() + inputErrors[f].Count())).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", report.Findings.Count(f => f.Severity == Severity.Error).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("errors", report.InputErrors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var file in files)
            {
                var fileFindings = findings[file].OrderBy(f => f, Comparer<Finding>.Create(Finding.Compare)).ToList();
                var fileErrors = inputErrors[file].ToList();
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean(file));
                xml.WriteAttributeString("tests", Math.Max(1, fileFindings.Count + fileErrors.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("failures", fileFindings.Count(f => f.Severity == Severity.Error).ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("errors", fileErrors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var e in fileErrors)
                {
                    TestCase(xml, file, $"input {Position(e.Location)}", "error", "input", TextTable.InputErrors.Get(e.Code, language, e.Args));
                }

                foreach (var f in fileFindings)
                {
                    var text = $"{f.Message(language)} {f.Fix(language)}";
                    TestCase(xml, file, $"{f.Rule.Id} {Position(f.Location)}", f.Severity == Severity.Error ? "failure" : "system-out", TextReportWriter.SeverityWord(f.Severity), text);
                }

                if (fileFindings.Count + fileErrors.Count == 0)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("name", Clean(file));
                    xml.WriteAttributeString("classname", Clean(file));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.Write(buffer.ToString());
        output.Write('\n');
    }

    private static void TestCase(XmlWriter xml, string file, string name, string element, string type, string text)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", Clean(name));
        xml.WriteAttributeString("classname", Clean(file));
        xml.WriteStartElement(element);
        if (element != "system-out")
        {
            xml.WriteAttributeString("message", Clean(text));
            xml.WriteAttributeString("type", type);
        }

        xml.WriteString(Clean(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Position(SourceLocation location) => location.Line > 0 ? $"{location.File}:{location.Line}:{Math.Max(1, location.Column)}" : location.File;

    // XML 1.0 cannot carry control characters or lone surrogates; a document may hold them.
    private static string Clean(string text)
    {
        if (!text.Any(c => !XmlConvert.IsXmlChar(c)))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text, i, 2);
                i++;
            }
            else
            {
                sb.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return sb.ToString();
    }

    // The XML declaration names the writer's encoding: the report is written as UTF-8.
    private sealed class Utf8StringWriter : StringWriter
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}

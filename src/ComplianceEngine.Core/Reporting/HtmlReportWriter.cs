using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Text;
using System.Net;
using Markdig;
using Markdig.Parsers.Inlines;

namespace ComplianceEngine.Core.Reporting;

/// <summary>
/// The gap report as one self-contained HTML page (for a reader who opens it in a browser): the Markdown report
/// rendered by Markdig with its tables, inside a page with a small print-friendly style. Same content, same order.
/// Document text reaches the page only as text: raw HTML in the Markdown is not passed through (Markdig's
/// <c>DisableHtml</c>: a plan titled <c>&lt;img onerror=…&gt;</c> shows those characters), and links and autolinks are
/// not parsed (the report writes none; a <c>[x](javascript:…)</c> in a document stays text).
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    private const string Style =
        "body{font-family:system-ui,'Segoe UI',Arial,sans-serif;margin:2rem;line-height:1.45;color:#1b1b1b}" +
        "table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.92rem}th,td{border:1px solid #c8c8c8;padding:.3rem .5rem;vertical-align:top}" +
        "th{background:#f0f0f0}code{font-size:.85rem;background:#f6f6f6;padding:0 .2rem}h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}" +
        "@media print{body{margin:0}h2{page-break-before:auto}}";

    /// <inheritdoc />
    public void Write(Report report, Language language, TextWriter output)
    {
        using var markdown = new StringWriter { NewLine = "\n" };
        new MarkdownReportWriter().Write(report, language, markdown);
        var title = WebUtility.HtmlEncode(TextTable.Report.Get("title-audit", language));
        output.Write($"<!DOCTYPE html>\n<html lang=\"{(language == Language.En ? "en" : "vi")}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>{Style}</style>\n</head>\n<body>\n");
        output.Write(Render(markdown.ToString(), language));
        output.Write("</body>\n</html>\n");
    }

    // Markdig refuses text nested deeper than it parses (a title of 1,500 "**"): the page then shows the same report as
    // encoded plain text under a note, rather than no page at all.
    private static string Render(string markdown, Language language)
    {
        try
        {
            return Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return $"<p>{WebUtility.HtmlEncode(TextTable.Report.Get("html-plain-fallback", language))}</p>\n<pre>{WebUtility.HtmlEncode(markdown)}</pre>\n";
        }
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().DisableHtml();
        builder.InlineParsers.RemoveAll(p => p is LinkInlineParser or AutolinkInlineParser);
        return builder.Build();
    }
}

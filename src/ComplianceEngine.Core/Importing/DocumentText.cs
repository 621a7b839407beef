namespace ComplianceEngine.Core.Importing;

/// <summary>Where a line of an imported document comes from.</summary>
internal enum LineOrigin
{
    /// <summary>The running text, tables included.</summary>
    Body,

    /// <summary>A footnote (Word's footnotes part, or a line of the text starting with a superscript number).</summary>
    Footnote,
}

/// <summary>
/// One line of a document as a reader sees it: list numbering rendered as text ("1.", "4.1.", "-", "+"),
/// emphasis markers removed, table cells separated by tabs. <see cref="Number"/> is 1-based.
/// </summary>
internal sealed record DocumentLine(int Number, string Text, LineOrigin Origin = LineOrigin.Body);

/// <summary>
/// The intermediate form both importers produce (<see cref="MarkdownPlanImporter"/>, <see cref="DocxPlanImporter"/>)
/// and <see cref="PlanExtractor"/> reads: the lines of one document, in order.
/// </summary>
internal sealed record DocumentText(string File, IReadOnlyList<DocumentLine> Lines);

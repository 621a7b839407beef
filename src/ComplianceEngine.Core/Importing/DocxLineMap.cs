using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Paragraphs of a Word file, from <see cref="First"/> to <see cref="Last"/>, by their 0-based position among all the
/// paragraphs of the body in document order (<see cref="DocxLineMap.Paragraphs"/>); -1 when there is none.
/// </summary>
internal sealed record DocxAnchor(int First, int Last);

/// <summary>
/// Where each line <see cref="DocxPlanImporter"/> reads comes from in the Word file: per line, one anchor per
/// tab-separated part — the paragraph of a running-text line (a soft line break gives several lines one paragraph), the
/// cell of each column of a table row (or, in a layout table, the paragraph of that line in each cell), and for a
/// footnote the body paragraph that carries its reference. Positions are stable across copies of the file, so a map read
/// from the original finds its paragraphs in a copy opened for editing.
/// </summary>
internal sealed class DocxLineMap(IReadOnlyList<IReadOnlyList<DocxAnchor>> anchors)
{
    /// <summary>The paragraphs of <paramref name="body"/> in the order anchors count them.</summary>
    public static IReadOnlyList<W.Paragraph> Paragraphs(W.Body body) => body.Descendants<W.Paragraph>().ToList();

    /// <summary>Each paragraph of <paramref name="body"/> with its position.</summary>
    public static IReadOnlyDictionary<W.Paragraph, int> ParagraphIndex(W.Body body) =>
        Paragraphs(body).Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, new ByReference());

    private sealed class ByReference : IEqualityComparer<W.Paragraph>
    {
        public bool Equals(W.Paragraph? x, W.Paragraph? y) => ReferenceEquals(x, y);

        public int GetHashCode(W.Paragraph obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    /// <summary>Lines read.</summary>
    public int Count => anchors.Count;

    /// <summary>
    /// Where the 1-based <paramref name="line"/> comes from, at the 1-based <paramref name="column"/>: past the first tab it
    /// picks the table cell of a row; at the start of a row (a finding about the whole task) it is the whole row.
    /// Null for a line the map does not have.
    /// </summary>
    public DocxAnchor? At(int line, int column, string lineText)
    {
        if (line < 1 || line > anchors.Count || anchors[line - 1].Count == 0)
        {
            return null;
        }

        var parts = anchors[line - 1];
        var known = parts.Where(a => a.First >= 0).ToList();
        if (column <= 1 && known.Count > 1)
        {
            return new DocxAnchor(known[0].First, known[^1].Last);
        }

        var before = column <= 1 ? 0 : lineText.AsSpan(0, Math.Min(column - 1, lineText.Length)).Count('\t');
        var anchor = parts[Math.Min(before, parts.Count - 1)];
        return anchor.First < 0 ? parts.FirstOrDefault(a => a.First >= 0) : anchor;
    }
}

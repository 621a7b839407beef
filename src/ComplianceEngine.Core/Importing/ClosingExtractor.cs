using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Reads the end of a plan: "Nơi nhận:" with its list, and the signature block (titles in capitals, then the name).
/// Word puts both side by side in a borderless table, which a conversion turns into rows "- UBND tỉnh (b/c);\tKT. GIÁM ĐỐC":
/// the left cells are the recipients, the right cells the signature.
/// </summary>
internal static partial class ClosingExtractor
{
    // Words that open a new part of a signer's title ("KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN THƯỜNG TRỰC").
    private static readonly string[] Positions =
        ["KT.", "TM.", "Q.", "TL.", "PHÓ", "GIÁM ĐỐC", "TRƯỞNG", "CHỦ TỊCH", "BÍ THƯ", "THỦ TRƯỞNG", "CHÁNH", "HIỆU TRƯỞNG", "TỔNG", "CỤC TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG"];

    [GeneratedRegex(@"^(?<t>[\p{Lu}\s.&\-–]+?)(?<n>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4})$")]
    private static partial Regex GluedNameRegex();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$")]
    private static partial Regex NameRegex();

    /// <summary>Index of the "Nơi nhận" paragraph at or after <paramref name="from"/>, or -1.</summary>
    public static int RecipientsIndex(IReadOnlyList<Paragraph> paragraphs, int from)
    {
        for (var i = from; i < paragraphs.Count; i++)
        {
            var first = paragraphs[i].IsTableRow ? paragraphs[i].Cells[0] : paragraphs[i].Text;
            if (VietnameseText.Fold(first).StartsWith("noi nhan", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The recipients listed under "Nơi nhận:" (paragraph <paramref name="index"/>), the signature lines written beside them,
    /// and the index after the list.
    /// </summary>
    public static (IReadOnlyList<Located<string>> Recipients, IReadOnlyList<(string Text, int Line)> Beside, int Next) Recipients(IReadOnlyList<Paragraph> paragraphs, int index, string file)
    {
        var result = new List<Located<string>>();
        var beside = new List<(string, int)>();
        var head = paragraphs[index];
        if (head.IsTableRow)
        {
            beside.AddRange(head.Cells.Skip(1).Where(c => c.Length > 0).Select(c => (c, head.Line)));
        }

        var i = index + 1;
        for (; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.IsFootnote)
            {
                continue;
            }

            var left = p.IsTableRow ? p.Cells[0] : p.Text;
            var marker = Marker.Parse(left);
            if (marker.Kind != MarkerKind.Bullet && !(p.IsTableRow && left.Length == 0))
            {
                break;
            }

            var text = left[marker.Length..].Trim().TrimEnd(';', ',').Trim();
            if (text.Length > 0)
            {
                result.Add(new Located<string>(text, new SourceLocation(file, p.Line, 1)));
            }

            if (p.IsTableRow)
            {
                beside.AddRange(p.Cells.Skip(1).Where(c => c.Length > 0).Select(c => (c, p.Line)));
            }
        }

        return (result, beside, i);
    }

    /// <summary>
    /// The signer: the capitalised titles of <paramref name="beside"/> (lines written beside "Nơi nhận") and of the paragraphs
    /// from <paramref name="from"/>, up to the first name.
    /// </summary>
    public static Signer? Signer(IReadOnlyList<Paragraph> paragraphs, int from, IReadOnlyList<(string Text, int Line)> beside, string file)
    {
        var lines = beside.ToList();
        for (var i = from; i < paragraphs.Count && i < from + 12; i++)
        {
            var p = paragraphs[i];
            if (p.IsFootnote)
            {
                continue;
            }

            if (p.IsTableRow)
            {
                lines.AddRange(p.Cells.Where(c => c.Length > 0).Select(c => (c, p.Line)));
            }
            else
            {
                lines.Add((p.Text, p.Line));
            }
        }

        var parts = new List<string>();
        var firstLine = 0;
        foreach (var (raw, line) in lines)
        {
            var text = raw.Trim();
            if (text.StartsWith('(') || text.Length == 0)
            {
                continue; // "(để báo cáo);", "(Ký)", "(đã ký)"
            }

            if (NameRegex().IsMatch(text) && parts.Count > 0)
            {
                return new Signer(Title(parts), text, new SourceLocation(file, firstLine, 1));
            }

            if (GluedNameRegex().Match(text) is { Success: true } glued && HeaderExtractor.IsUpperCase(glued.Groups["t"].Value))
            {
                // "GIÁM ĐỐC**Vũ Văn Quang**" once the emphasis is gone: "GIÁM ĐỐCVũ Văn Quang".
                parts.Add(glued.Groups["t"].Value.Trim());
                return new Signer(Title(parts), glued.Groups["n"].Value.Trim(), new SourceLocation(file, firstLine == 0 ? line : firstLine, 1));
            }

            if (HeaderExtractor.IsUpperCase(text) && text.Split(' ').Length <= 12)
            {
                if (parts.Count == 0)
                {
                    if (!Positions.Any(w => text.StartsWith(w, StringComparison.Ordinal)))
                    {
                        break; // a heading of an appendix, not a signature
                    }

                    firstLine = line;
                }

                parts.Add(text);
                continue;
            }

            break;
        }

        return parts.Count > 0 ? new Signer(Title(parts), null, new SourceLocation(file, firstLine, 1)) : null;
    }

    private static string Title(List<string> lines)
    {
        var title = string.Empty;
        foreach (var line in lines)
        {
            var separator = title.Length == 0 ? string.Empty : Positions.Any(w => line.StartsWith(w, StringComparison.Ordinal)) ? " - " : " ";
            title += separator + line;
        }

        return title;
    }
}

using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Fuzz;

/// <summary>One input of the fuzz campaign: the file's extension, its bytes, and how it was made (to reproduce it).</summary>
public sealed record FuzzInput(string Extension, byte[] Bytes, string Recipe);

/// <summary>
/// The starting points of the fuzz campaign — the shared seeds (../shared/seeds), the repository's YAML plans, text
/// documents and .docx files — and the mutations applied to them: byte flips, truncation, splicing, invalid Unicode,
/// deep nesting, repeated lines, markup, NUL and control characters, other encodings; in a .docx, its XML parts
/// (numbering values and formats, level texts, nesting, duplicated paragraphs) and its zip bytes.
/// Every mutation is a pure function of a random source seeded by the case, so a recipe reproduces its input.
/// </summary>
public static partial class FuzzInputs
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Extension, byte[] Bytes)>> LazySeeds = new(LoadSeeds);

    /// <summary>The files mutated: name, extension, bytes.</summary>
    public static IReadOnlyList<(string Name, string Extension, byte[] Bytes)> Seeds => LazySeeds.Value;

    /// <summary>Text mutations, by name.</summary>
    public static readonly string[] TextMutations =
    [
        "flip", "truncate", "splice", "lone-surrogate", "utf16", "deep-nesting", "repeat-lines", "report-lines",
        "markup", "nul-and-controls", "long-line", "yaml-anchors", "duplicate-numbering", "delete-lines",
    ];

    /// <summary>Word mutations, by name.</summary>
    public static readonly string[] DocxMutations =
    [
        "numbering-values", "numbering-format", "level-text", "xml-flip", "xml-nesting", "duplicate-paragraphs",
        "zip-flip", "zip-truncate", "xml-text", "external-parts",
    ];

    [GeneratedRegex(@"w:(val|numId|ilvl|start|abstractNumId|id)=""([^""]*)""")]
    private static partial Regex NumericAttribute();

    [GeneratedRegex(@"<w:numFmt w:val=""[^""]*""")]
    private static partial Regex NumberFormat();

    [GeneratedRegex(@"<w:lvlText w:val=""[^""]*""")]
    private static partial Regex LevelText();

    [GeneratedRegex(@"<w:p[ >].*?</w:p>", RegexOptions.Singleline)]
    private static partial Regex ParagraphXml();

    [GeneratedRegex(@"<w:t(?: [^>]*)?>([^<]*)</w:t>")]
    private static partial Regex TextXml();

    /// <summary>
    /// Makes the input of case (<paramref name="seed"/>, <paramref name="mutations"/>, <paramref name="random"/>). Small
    /// cases (the short run in every test run) repeat and nest up to a few hundred times; large ones (the long run) up to
    /// thousands, which is where super-linear stages show.
    /// </summary>
    public static FuzzInput Make(int seed, int[] mutations, ulong random, bool large = true)
    {
        var (name, extension, original) = Seeds[seed % Seeds.Count];
        var rng = new Random(unchecked((int)random ^ (int)(random >> 32) ^ (seed * 7919) ^ mutations.Aggregate(17, (h, m) => (h * 31) + m)));
        var bytes = original;
        var applied = new List<string>();
        foreach (var m in mutations)
        {
            if (extension == ".docx")
            {
                var kind = DocxMutations[m % DocxMutations.Length];
                bytes = MutateDocx(bytes, kind, rng, large);
                applied.Add(kind);
            }
            else
            {
                var kind = TextMutations[m % TextMutations.Length];
                bytes = MutateText(bytes, extension, kind, rng, large);
                applied.Add(kind);
            }
        }

        return new FuzzInput(extension, bytes, $"{name} [{string.Join(", ", applied)}] case={seed}:{string.Join('-', mutations)}:{random}:{(large ? "large" : "small")}");
    }

    /// <summary>One text mutation.</summary>
    public static byte[] MutateText(byte[] bytes, string extension, string kind, Random rng, bool large = true)
    {
        switch (kind)
        {
            case "flip":
                return Flip(bytes, rng, 20);

            case "truncate":
                return bytes[..rng.Next(bytes.Length + 1)];
            case "splice":
            {
                var other = Seeds[rng.Next(Seeds.Count)].Bytes;
                return [.. bytes[..rng.Next(bytes.Length + 1)], .. other[rng.Next(other.Length + 1)..]];
            }

            case "lone-surrogate":
            {
                // A lone surrogate reaches the text through a YAML escape, UTF-16 or a CESU-8 byte sequence.
                var insert = rng.Next(3) switch
                {
                    0 => extension is ".yaml" or ".yml" ? "\"\\uD800 x\\uDFFF\"" : "\\uD800",
                    1 => "\uD800",
                    _ => "\uDC00a\uD83D",
                };
                var text = Utf8(bytes);
                var at = rng.Next(text.Length + 1);
                if (extension is ".yaml" or ".yml" && insert.StartsWith('"'))
                {
                    // Replace a quoted value so the escape is read as one.
                    var quote = text.IndexOf(": ", rng.Next(text.Length + 1), StringComparison.Ordinal);
                    if (quote >= 0)
                    {
                        var end = text.IndexOf('\n', quote);
                        return Encoding.UTF8.GetBytes(text[..(quote + 2)] + insert + (end >= 0 ? text[end..] : string.Empty));
                    }
                }

                var mixed = text[..at] + insert + text[at..];
                return rng.Next(2) == 0 ? [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(mixed)] : Encoding.UTF8.GetBytes(mixed.Replace("\uD800", "\u00ED\u00A0\u0080"));
            }

            case "utf16":
            {
                var text = Utf8(bytes);
                return rng.Next(3) switch
                {
                    0 => Encoding.Unicode.GetBytes(text), // no BOM
                    1 => Encoding.BigEndianUnicode.GetBytes(text),
                    _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
                };
            }

            case "deep-nesting":
            {
                var depth = Size(rng, large, 10, 200, 5000);
                var unit = extension is ".yaml" or ".yml"
                    ? new[] { "[", "{a: ", "- ", "  " }[rng.Next(4)]
                    : new[] { ">", "> - ", "* ", "[", "*a ", "**", "<div>", "  - ", "`" }[rng.Next(9)];
                var line = new StringBuilder();
                for (var i = 0; i < depth; i++)
                {
                    line.Append(unit);
                    if (unit == "  - " || (unit == "- " && rng.Next(2) == 0))
                    {
                        line.Append('\n').Append(new string(' ', Math.Min(i * 2, 10_000)));
                    }
                }

                return InsertLine(bytes, line + "x", rng);
            }

            case "repeat-lines":
            {
                var lines = Utf8(bytes).Split('\n');
                var from = rng.Next(lines.Length);
                var count = rng.Next(1, 6);
                var block = string.Join('\n', lines.Skip(from).Take(count));
                var times = Size(rng, large, 2, 50, 1500);
                return InsertLine(bytes, string.Join('\n', Enumerable.Repeat(block, times)), rng);
            }

            case "report-lines":
            {
                // A reporting duty written many times: every one makes a report with an id of its own.
                var sentence = rng.Next(3) switch
                {
                    0 => "- Các phòng, ban gửi báo cáo kết quả thực hiện về Văn phòng trước ngày 15/12/2026.",
                    1 => "Chỉ tiêu {0}: tỷ lệ cán bộ nữ được đào tạo đạt {0}%.",
                    _ => "{0}. Tổ chức tập huấn cho cán bộ, thời gian: quý II/2026, đơn vị chủ trì: Sở Nội vụ.",
                };
                var times = Size(rng, large, 10, 200, 3000);
                return InsertLine(bytes, string.Join('\n', Enumerable.Range(1, times).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, i % 97))), rng);
            }

            case "markup":
            {
                var markup = new[] { "| a | b |\n|---|---|", "```\ncode", "<script>alert(1)</script>", "`x` **y** _z_", "[a](javascript:x)", "<!-- c", "\\", "{{ x }}", "&amp; &#0; &lt;", "\"'\u2028\u2029" }[rng.Next(10)];
                var text = Utf8(bytes);
                var at = rng.Next(text.Length + 1);
                return Encoding.UTF8.GetBytes(text[..at] + markup + text[at..]);
            }

            case "nul-and-controls":
            {
                var text = Utf8(bytes);
                var at = rng.Next(text.Length + 1);
                var insert = new[] { "\0", "\u0001\u0002\u001B[31m", "\r", "\uFEFF", "\u200B\u200E\u202E", "\f\v" }[rng.Next(6)];
                return Encoding.UTF8.GetBytes(text[..at] + insert + text[at..]);
            }

            case "long-line":
                return InsertLine(bytes, string.Concat(Enumerable.Repeat(new[] { "Kế hoạch số 12/KH-UBND ", "a", "ngày 15/12/2026 ", "\t" }[rng.Next(4)], Size(rng, large, 100, 1000, 20_000))), rng);
            case "yaml-anchors":
            {
                var doc = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nrecipients: *d\nundefined: *nowhere\nself: &s [*s]\n";
                var lines = doc.Split('\n');
                return InsertLine(bytes, string.Join('\n', lines.Skip(rng.Next(lines.Length)).Take(rng.Next(1, lines.Length))), rng);
            }

            case "duplicate-numbering":
            {
                var text = Utf8(bytes);
                return Encoding.UTF8.GetBytes(Regex.Replace(text, @"(?m)^(\s*)\d+\.", m => m.Groups[1].Value + (rng.Next(3) == 0 ? "1." : m.Value.TrimStart())));
            }

            case "delete-lines":
            {
                var lines = Utf8(bytes).Split('\n').ToList();
                for (var k = rng.Next(1, 30); k > 0 && lines.Count > 1; k--)
                {
                    lines.RemoveAt(rng.Next(lines.Count));
                }

                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>One Word mutation.</summary>
    public static byte[] MutateDocx(byte[] bytes, string kind, Random rng, bool large = true)
    {
        switch (kind)
        {
            case "zip-flip":
                return Flip(bytes, rng, 8);

            case "zip-truncate":
                return bytes[..rng.Next(bytes.Length + 1)];
            case "external-parts":
                try
                {
                    return WithParts(bytes, rng);
                }
                catch (Exception e) when (e is InvalidDataException or IOException)
                {
                    return bytes;
                }
        }

        // A package an earlier mutation broke is kept as it is (its parts cannot be edited).
        try
        {
            return EditXml(bytes, kind, rng, large);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return bytes;
        }
    }

    private static byte[] EditXml(byte[] bytes, string kind, Random rng, bool large)
    {
        return EditParts(bytes, (name, xml) => name switch
        {
            "word/numbering.xml" when kind is "numbering-values" => NumericAttribute().Replace(xml, m => rng.Next(4) == 0
                ? $"w:{m.Groups[1].Value}=\"{new[] { "-1", "0", "2147483647", "2147483648", "99999999999", "abc", "1e5", "3999", "4000000", "", " 7", "-2147483648" }[rng.Next(12)]}\""
                : m.Value),
            "word/document.xml" or "word/styles.xml" when kind is "numbering-values" => NumericAttribute().Replace(xml, m => m.Groups[1].Value is "numId" or "ilvl" or "val" && rng.Next(8) == 0
                ? $"w:{m.Groups[1].Value}=\"{new[] { "-1", "9", "2147483648", "x", "99999999999999999999" }[rng.Next(5)]}\""
                : m.Value),
            "word/numbering.xml" when kind is "numbering-format" => NumberFormat().Replace(xml, m => rng.Next(3) == 0
                ? $"<w:numFmt w:val=\"{new[] { "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "bullet", "none", "decimalZero", "ordinalText", "chineseCounting", "garbage", "" }[rng.Next(11)]}\""
                : m.Value),
            "word/numbering.xml" when kind is "level-text" => LevelText().Replace(xml, m => rng.Next(3) == 0
                ? $"<w:lvlText w:val=\"{new[] { "%1.%2.%3.%4.%5.%6.%7.%8.%9.", "%0%", "%", "%%%%", "%10", "&lt;b&gt;%1", "\uF0B7", "" }[rng.Next(8)]}\""
                : m.Value),
            "word/document.xml" when kind is "xml-flip" => FlipText(xml, rng),
            "word/numbering.xml" or "word/styles.xml" when kind is "xml-flip" && rng.Next(2) == 0 => FlipText(xml, rng),
            "word/document.xml" when kind is "xml-nesting" => Nest(xml, rng, large),
            "word/document.xml" when kind is "duplicate-paragraphs" => DuplicateParagraphs(xml, rng, large),
            "word/document.xml" or "word/footnotes.xml" when kind is "xml-text" => TextXml().Replace(xml, m => rng.Next(5) == 0
                ? m.Value.Replace(m.Groups[1].Value, new[] { "&#xD800;", "| ` <b>", "&amp;lt;script&amp;gt;", "\t\t", "I.", "1.1.1.1.1.1", "Kế hoạch số /KH-UBND" }[rng.Next(7)], StringComparison.Ordinal)
                : m.Value),
            _ => xml,
        });
    }

    // Up to maxFlips - 1 random bits flipped.
    private static byte[] Flip(byte[] bytes, Random rng, int maxFlips)
    {
        var copy = (byte[])bytes.Clone();
        for (var k = rng.Next(1, maxFlips); k > 0 && copy.Length > 0; k--)
        {
            copy[rng.Next(copy.Length)] ^= (byte)(1 << rng.Next(8));
        }

        return copy;
    }

    // A count: small (from..upTo) half the time, else, in a large case, up to max.
    private static int Size(Random rng, bool large, int from, int upTo, int max) =>
        large && rng.Next(2) == 1 ? rng.Next(upTo, max) : rng.Next(from, upTo);

    private static string FlipText(string xml, Random rng)
    {
        var chars = xml.ToCharArray();
        for (var k = rng.Next(1, 10); k > 0 && chars.Length > 0; k--)
        {
            const string Flips = "<>&\"'/=x0 \u0000";
            chars[rng.Next(chars.Length)] = Flips[rng.Next(Flips.Length)];
        }

        return new string(chars);
    }

    /// <summary>The .docx with its body's content nested <paramref name="depth"/> content controls deep.</summary>
    public static byte[] NestedDocx(byte[] bytes, int depth) => EditParts(bytes, (name, xml) => name == "word/document.xml" ? Nest(xml, new Random(depth), large: true, depth) : xml);

    /// <summary>The .docx with external relationships (a hyperlink, an altChunk's source, an OLE object) and the altChunk and object in its body.</summary>
    public static byte[] WithExternalParts(byte[] bytes) => WithParts(bytes, new ConstantRandom());

    private sealed class ConstantRandom : Random
    {
        public override int Next(int maxValue) => 0;
    }

    private static string Nest(string xml, Random rng, bool large, int? fixedDepth = null)
    {
        var depth = fixedDepth ?? Size(rng, large, 5, 100, 3000);
        var open = rng.Next(2) == 0 ? "<w:sdt><w:sdtContent>" : "<w:tbl><w:tr><w:tc>";
        var close = open == "<w:sdt><w:sdtContent>" ? "</w:sdtContent></w:sdt>" : "<w:p/></w:tc></w:tr></w:tbl>";
        var body = xml.IndexOf("<w:body>", StringComparison.Ordinal);
        if (body < 0)
        {
            return xml;
        }

        body += "<w:body>".Length;
        return xml[..body] + string.Concat(Enumerable.Repeat(open, depth)) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + string.Concat(Enumerable.Repeat(close, depth)) + xml[body..];
    }

    private static string DuplicateParagraphs(string xml, Random rng, bool large)
    {
        var paragraphs = ParagraphXml().Matches(xml);
        if (paragraphs.Count == 0)
        {
            return xml;
        }

        var p = paragraphs[rng.Next(paragraphs.Count)];
        var times = Size(rng, large, 2, 50, 1500);
        return xml[..p.Index] + string.Concat(Enumerable.Repeat(p.Value, times)) + xml[p.Index..];
    }

    /// <summary>The package with each XML part passed through <paramref name="edit"/> (part name, text).</summary>
    public static byte[] EditParts(byte[] bytes, Func<string, string, string> edit)
    {
        using var input = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var read = entry.Open();
                using var buffer = new MemoryStream();
                read.CopyTo(buffer);
                var content = buffer.ToArray();
                if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                {
                    content = Encoding.UTF8.GetBytes(edit(entry.FullName, Encoding.UTF8.GetString(content)));
                }

                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var write = copy.Open();
                write.Write(content);
            }
        }

        return output.ToArray();
    }

    // External relationships, an altChunk and an embedded object: parts a reader must never follow.
    private static byte[] WithParts(byte[] bytes, Random rng) => EditParts(bytes, (name, xml) => name switch
    {
        "word/_rels/document.xml.rels" => xml.Replace("</Relationships>",
            "<Relationship Id=\"rIdX1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"http://127.0.0.1:9/x\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rIdX2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rIdX3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject\" Target=\"file:///dev/zero\" TargetMode=\"External\"/></Relationships>", StringComparison.Ordinal),
        "word/document.xml" when rng.Next(2) == 0 => xml.Replace("<w:body>", "<w:body><w:altChunk r:id=\"rIdX2\"/><w:p><w:r><w:object><o:OLEObject r:id=\"rIdX3\"/></w:object></w:r></w:p>", StringComparison.Ordinal),
        _ => xml,
    });

    private static byte[] InsertLine(byte[] bytes, string line, Random rng)
    {
        var text = Utf8(bytes);
        var lines = text.Split('\n').ToList();
        lines.Insert(rng.Next(lines.Count + 1), line);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static IReadOnlyList<(string Name, string Extension, byte[] Bytes)> LoadSeeds()
    {
        var files = new List<string>();
        if (Directory.Exists(Repo.Seeds))
        {
            files.AddRange(Directory.EnumerateFiles(Repo.Seeds));
        }

        files.AddRange(Fixtures.PlanFiles().Take(40));
        files.AddRange(Directory.EnumerateFiles(Repo.Path("fixtures"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".docx", StringComparison.Ordinal)
                || ((f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)) && !Path.GetFileName(f).Contains("README", StringComparison.OrdinalIgnoreCase))));
        return files.Distinct().Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Repo.Root, f), Path.GetExtension(f).ToLowerInvariant(), File.ReadAllBytes(f)))
            .ToList();
    }
}

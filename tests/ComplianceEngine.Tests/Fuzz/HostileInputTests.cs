using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Text;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Fuzz;

/// <summary>
/// The named hostile inputs of issue 13 and the failures the fuzz campaign found, each a test: refused with an input
/// error naming the file and the limit (or decoded and said so), never a crash, a hang or an unbounded read; the other
/// files of the run still loaded. Large inputs are generated at test time (sparse or streamed) in a temporary folder.
/// All the text here is constructed for these tests.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ce-hostile-").FullName;

    // A small plan that loads, beside each hostile file, to show the others are still checked.
    private const string GoodPlan = """
        format: compliance-plan/1
        id: tot
        title: Kế hoạch xây dựng để kiểm thử
        issuer: Sở Y tế tỉnh Lai Châu
        level: department
        issue_date: "2026-04-20"
        period: "2026"
        status: draft
        """;

    private const string Document = """
        ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM
        Số: 12/KH-UBND
        Thử Nghiệm, ngày 20 tháng 4 năm 2026

        KẾ HOẠCH
        Thực hiện công tác bình đẳng giới năm 2026 (văn bản dựng để kiểm thử)

        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao nhận thức về bình đẳng giới.
        II. NHIỆM VỤ
        1. Tuyên truyền về bình đẳng giới cho cán bộ xã, thời gian: quý II/2026.
        2. Tập huấn kỹ năng cho cán bộ nữ, thời gian: quý III/2026.

        """;

    public void Dispose()
    {
        foreach (var fifo in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Where(f => FileKind.Of(f) is "fifo"))
        {
            File.Delete(fifo);
        }

        Directory.Delete(dir, recursive: true);
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n")));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Render(InputError e) => InputErrorText.Render(e, Language.En);

    private static InputError Single(LoadResult r) => Assert.Single(r.Errors);

    private static void AssertLimit(InputError e, string limit)
    {
        Assert.Equal("limit-exceeded", e.Code);
        Assert.Equal(limit, e.Args["limit"]);
        Assert.Contains(limit, Render(e), StringComparison.Ordinal);
    }

    [Fact]
    public void YamlAliasBomb_IsRefusedByTheExpandedNodeLimit_AtItsLine()
    {
        var bomb = new StringBuilder(GoodPlan + "\nrecipients: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            bomb.Append($"sections: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n".Replace("sections", "k" + i));
        }

        var file = Write("bom.yaml", bomb.ToString());
        var e = Single(PlanLoader.Load([file], dir));
        AssertLimit(e, "max_yaml_nodes");
        Assert.True(e.Location.Line > 9, Render(e));
        Assert.Equal("bom.yaml", e.Location.File);
    }

    [Fact]
    public void ALargeYamlPlanWithoutAliases_IsNotAnAliasBomb()
    {
        // Found by the long fuzz run: import wrote a plan of 106,000 lines (a document of repeated duties) whose YAML the
        // node limit refused on the way back; without aliases a node takes at least a character, so only aliases count.
        var tasks = string.Concat(Enumerable.Range(1, 30_000).Select(i => $"  - {{ id: t{i}, title: Nhiệm vụ {i}, details: [a, b, c, d, e, f] }}\n"));
        var result = PlanLoader.Load([Write("lon.yaml", GoodPlan + "\ntasks:\n" + tasks)], dir);
        Assert.Empty(result.Errors.Select(Render));
        Assert.Equal(30_000, Assert.Single(result.Plans).Tasks.Count);
    }

    [Fact]
    public void Nesting20000Deep_IsRefusedByTheDepthLimit_InMarkdownYamlAndWord()
    {
        var quotes = Write("quotes.md", Document + string.Concat(Enumerable.Repeat("> ", 20_000)) + "sâu\n");
        var lists = Write("lists.txt", Document + string.Concat(Enumerable.Range(0, 20_000).Select(i => new string(' ', Math.Min(i * 2, 400)) + "- mục\n")));
        var brackets = Write("brackets.md", Document + new string('[', 30_000) + "\n");
        var yaml = Write("deep.yaml", GoodPlan + "\nrecipients: " + new string('[', 20_000) + new string(']', 20_000) + "\n");
        var docx = Write("deep.docx", FuzzInputs.NestedDocx(SeedDocx(), 20_000));
        var good = Write("tot.yaml", GoodPlan);

        // Each line is also over the line-length limit; with that one raised, the depth limit refuses them.
        Assert.All(PlanLoader.Load([quotes, brackets, yaml], dir).Errors, e => AssertLimit(e, "max_line_length"));
        var result = PlanLoader.Load([quotes, lists, brackets, yaml, docx, good], InputLimits.Default with { MaxLineLength = 1_000_000 }, dir);

        Assert.Equal(5, result.Errors.Count);
        Assert.All(result.Errors, e => AssertLimit(e, "max_nesting_depth"));
        Assert.Equal(["brackets.md", "deep.docx", "deep.yaml", "lists.txt", "quotes.md"], result.Errors.Select(e => e.Location.File).Order(StringComparer.Ordinal));
        Assert.All(result.Errors.Where(e => e.Location.File != "deep.docx"), e => Assert.True(e.Location.Line > 0, Render(e)));
        Assert.Equal("tot", Assert.Single(result.Plans).Id);
    }

    [Theory]
    [InlineData(120)]
    [InlineData(1024)]
    public void HugeText_IsRefusedByItsSize_BeforeItIsRead(int megabytes)
    {
        // A sparse file: its size is real, its bytes (NULs) are never written, and reading it whole would take the
        // memory the limit exists to protect.
        var file = Path.Combine(dir, $"lon-{megabytes}.txt");
        using (var stream = new FileStream(file, FileMode.CreateNew))
        {
            stream.Write(Encoding.UTF8.GetBytes(Document));
            stream.SetLength(megabytes * 1024L * 1024);
        }

        var before = GC.GetTotalAllocatedBytes();
        var e = Single(PlanLoader.Load([file], dir));
        AssertLimit(e, "max_file_mb");
        Assert.Contains($"{megabytes} MB", Render(e), StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 8 * 1024 * 1024, "the file was read");
    }

    [Fact]
    public void NulBytes_AreABinaryFile_AtTheirLine()
    {
        var file = Write("nul.txt", [.. Encoding.UTF8.GetBytes("dòng một\ndòng hai\nba"), 0, .. "xyz"u8]);
        var e = Single(PlanLoader.Load([file], dir));
        Assert.Equal("binary-file", e.Code);
        Assert.Equal(3, e.Location.Line);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16WithoutBom_IsDecoded_AndSaid(string encoding)
    {
        var file = Write("u16.txt", Encoding.GetEncoding(encoding).GetBytes(Document.Replace("\r\n", "\n")));
        var result = PlanLoader.Load([file], dir);
        Assert.Empty(result.Errors.Select(Render));
        Assert.Equal(2, Assert.Single(result.Plans).Tasks.Count);
        var notice = Assert.Single(result.Skipped);
        Assert.Equal("decoded-as", notice.Code);
        Assert.Equal(encoding.ToUpperInvariant().Replace("UTF-16", "UTF-16", StringComparison.Ordinal), notice.Args["encoding"].ToUpperInvariant());
    }

    [Fact]
    public void Windows1258_IsDecoded_AndTheEncodingIsNamed()
    {
        var file = Write("cp1258.txt", ToWindows1258(Document.Replace("\r\n", "\n")));
        var result = PlanLoader.Load([file], dir);
        Assert.Empty(result.Errors.Select(Render));
        var plan = Assert.Single(result.Plans);
        Assert.Equal(PlanLoader.Load([Write("utf8.txt", Document)], dir).Plans[0].Title, plan.Title);
        Assert.Contains("bình đẳng giới", plan.Title, StringComparison.Ordinal);
        Assert.Equal(2, plan.Tasks.Count);
        Assert.Contains("Windows-1258", Render(Assert.Single(result.Skipped)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    public void FontEncodings_AreRefused_NamingThem(string kind)
    {
        // "Kế hoạch thực hiện bình đẳng giới" as the two font encodings store it, byte for byte (constructed).
        byte[] bytes = kind == "tcvn3"
            ? [.. "K"u8, 0xD5, .. " ho"u8, 0xB9, .. "ch th"u8, 0xF9, .. "c hi"u8, 0xD6, .. "n b"u8, 0xAC, .. "nh "u8, 0xAE, 0xA9, .. "ng gi"u8, 0xDA, .. "i\n"u8]
            : [.. "Ke"u8, 0xE1, .. " hoa"u8, 0xEF, .. "ch th"u8, 0xF6, 0xEF, .. "c hie"u8, 0xE4, .. "n bi"u8, 0xF2, .. "nh "u8, 0xF1, 0xE6, .. "ng gi"u8, 0xF4, 0xE1, .. "i\n"u8];
        var file = Write(kind + ".txt", [.. bytes, .. bytes, .. bytes]);
        var e = Single(PlanLoader.Load([file], dir));
        Assert.Equal("legacy-encoding", e.Code);
        Assert.Contains("TCVN3", Render(e), StringComparison.Ordinal);
        Assert.Contains("VNI", Render(e), StringComparison.Ordinal);
    }

    [Fact]
    public void DocxZipBomb_IsRefusedBeforeItIsInflated_ByInflatedSizeAndByEntryCount()
    {
        var big = Write("bom.docx", Zip(("word/document.xml", 40 * 1024 * 1024)));
        var many = Write("nhieu.docx", Zip([.. Enumerable.Range(0, 1_500).Select(i => ($"word/media/{i}.xml", 10))]));
        var result = PlanLoader.Load([big, many], dir);
        AssertLimit(result.Errors.Single(e => e.Location.File == "bom.docx"), "max_file_mb");
        AssertLimit(result.Errors.Single(e => e.Location.File == "nhieu.docx"), "max_docx_entries");
    }

    [Fact]
    public void DocxWithExternalRelationshipsAltChunkAndObjects_ImportsAsWithout_FollowingNothing()
    {
        var plain = Write("goc.docx", SeedDocx());
        var hostile = Write("ngoai.docx", FuzzInputs.WithExternalParts(SeedDocx()));
        var result = PlanLoader.Load([plain, hostile], dir);
        Assert.Empty(result.Errors.Select(Render));
        var (a, b) = (result.Plans[0], result.Plans[1]);
        Assert.Equal(a.Tasks.Select(t => (t.Id, t.Title)), b.Tasks.Select(t => (t.Id, t.Title)));
        Assert.Equal(a.LegalBases.Count, b.LegalBases.Count);
    }

    [Fact]
    public void SymlinkLoops_ThroughThreeFolders_AndAFileLoop_End_AndTheOthersLoad()
    {
        Write("a/tot.yaml", GoodPlan);
        Directory.CreateDirectory(Path.Combine(dir, "b"));
        Directory.CreateDirectory(Path.Combine(dir, "c"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "a", "to-b"), Path.Combine(dir, "b"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "b", "to-c"), Path.Combine(dir, "c"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "c", "to-a"), Path.Combine(dir, "a"));
        File.CreateSymbolicLink(Path.Combine(dir, "a", "x.yaml"), Path.Combine(dir, "a", "y.yaml"));
        File.CreateSymbolicLink(Path.Combine(dir, "a", "y.yaml"), Path.Combine(dir, "a", "x.yaml"));

        var result = PlanLoader.Load([Path.Combine(dir, "a")], dir);

        Assert.Equal("tot", Assert.Single(result.Plans).Id);
        Assert.All(result.Errors, e => Assert.Equal("unreadable", e.Code));
        Assert.Equal(["a/x.yaml", "a/y.yaml"], result.Errors.Select(e => e.Location.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FifoAndDevice_InAFolderOrNamedDirectly_AreNeverOpened()
    {
        Write("tot.yaml", GoodPlan);
        var fifo = Path.Combine(dir, "ong.yaml");
        var fifoText = Path.Combine(dir, "ong.txt");
        Mkfifo(fifo);
        Mkfifo(fifoText);
        File.CreateSymbolicLink(Path.Combine(dir, "khong.txt"), "/dev/zero");

        var folder = PlanLoader.Load([dir], dir);
        var named = PlanLoader.Load([fifo, Path.Combine(dir, "khong.txt")], dir);

        Assert.Equal("tot", Assert.Single(folder.Plans).Id);
        Assert.Equal(["character device", "fifo", "fifo"], folder.Errors.OrderBy(e => e.Location.File, StringComparer.Ordinal).Select(e => e.Args["kind"]));
        Assert.All(folder.Errors.Concat(named.Errors), e => Assert.Equal("not-a-regular-file", e.Code));
        Assert.Equal(2, named.Errors.Count);
    }

    [Fact]
    public void ADirectoryNamedLikeAPlan_IsAFolder()
    {
        Write("ke-hoach.yaml/tot.yaml", GoodPlan);
        var result = PlanLoader.Load([Path.Combine(dir, "ke-hoach.yaml")], dir);
        Assert.Empty(result.Errors.Select(Render));
        Assert.Equal("tot", Assert.Single(result.Plans).Id);
    }

    [Fact]
    public void AFileDeletedDuringTheAudit_IsThatFilesError_TheOthersLoad()
    {
        var gone = Write("mat.txt", Document);
        Write("tot.yaml", GoodPlan);
        var files = PlanLoader.ScanFolder(dir);
        File.Delete(gone);

        var e = Assert.Throws<InputErrorException>(() => PlanLoader.LoadFile(gone, "mat.txt")).Error;
        var result = PlanLoader.Load([dir], dir);

        Assert.Equal(2, files.Count);
        Assert.Equal("unreadable", e.Code);
        Assert.Equal("mat.txt", e.Location.File);
        Assert.Equal("tot", Assert.Single(result.Plans).Id);
    }

    [Fact]
    public void AFolderOf50000Files_IsReadUpToTheFileLimit_AndSaysSo()
    {
        var folder = Path.Combine(dir, "nhieu");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < 50_000; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"{i:D5}.txt"), []);
        }

        var limits = InputLimits.Default with { MaxFiles = 500 };
        var result = PlanLoader.Load([folder], limits, dir);

        AssertLimit(result.Errors.Single(e => e.Code == "limit-exceeded"), "max_files");
        Assert.Equal(500, result.Errors.Count(e => e.Code == "empty-file"));
        Assert.Equal(10_000, InputLimits.Default.MaxFiles);
    }

    [Fact]
    public void PathsWithSpacesAndVietnameseLetters_LoadAndAreShownAsWritten()
    {
        var file = Write("thư mục kế hoạch/Kế hoạch số 12 năm 2026.txt", Document);
        var broken = Write("thư mục kế hoạch/bản nháp đã hỏng.yaml", "format: compliance-plan/1\nid: [\n");
        var result = PlanLoader.Load([Path.GetDirectoryName(file)!], dir);
        var plan = Assert.Single(result.Plans);
        Assert.Equal("thư mục kế hoạch/Kế hoạch số 12 năm 2026.txt", plan.Location.File);
        Assert.Equal("ke-hoach-so-12-nam-2026", plan.Id);
        Assert.StartsWith("thư mục kế hoạch/bản nháp đã hỏng.yaml:", Render(Single(result)), StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_InEveryFieldThatReachesAReport_BreaksNoMarkdownJsonOrSarif()
    {
        const string markup = "a | b `c` ``d`` <script>x</script> **e**\\n";
        var file = Write("ma`u | <b>.yaml", $$"""
            format: compliance-plan/1
            id: p-markup
            number: "12/KH-| `x`"
            title: "Tiêu đề | có `mã` và <i>thẻ</i>\ndòng hai"
            issuer: "{{markup}}"
            level: department
            issue_date: "2026-04-20"
            period: "2026"
            status: issued
            parent: { number: "99/KH-|UBND`", date: "2026-01-02" }
            tasks:
              - id: t1
                title: "{{markup}}"
                lead_unit: "{{markup}}"
                timeline: "| quý ` II <br>\u2028 2026"
            """);
        var setup = AuditSetup.Load(new RunSettings(ReportFormat.Md, Language.Vi, null, null, new DateOnly(2026, 12, 1))).Setup!;
        var (report, errors, _) = setup.Run([file], [], reportContext: false, new DateOnly(2026, 12, 1));
        Assert.Empty(errors.Select(Render));
        Assert.NotEmpty(report.Findings);

        foreach (var language in new[] { Language.Vi, Language.En })
        {
            var md = Write(ReportFormat.Md, report, language);
            foreach (var table in Tables(md))
            {
                var columns = Cells(table[0]);
                Assert.All(table, row => Assert.Equal(columns, Cells(row)));
            }

            // Outside the code spans that open a row, every backtick of quoted text is escaped.
            Assert.All(md.Split('\n').Where(l => l.StartsWith("| ``", StringComparison.Ordinal)), l =>
            {
                var rest = l[(l.IndexOf("`` ", 3, StringComparison.Ordinal) + 3)..];
                Assert.DoesNotMatch(@"(?<!\\)`", rest);
            });

            using var json = JsonDocument.Parse(Write(ReportFormat.Json, report, language));
            Assert.Contains(Strings(json.RootElement), v => v.Contains(markup[..^2], StringComparison.Ordinal));
            using var sarif = JsonDocument.Parse(Write(ReportFormat.Sarif, report, language));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        }
    }

    [Fact]
    public void LoneSurrogates_FoldAndLoad_WithoutAnException()
    {
        Assert.Equal("a\uFFFDb", VietnameseText.Fold("A\uD800B"));
        Assert.Equal("\uFFFD\uFFFD x", VietnameseText.Clean("\uDC00\uD800 x"));
        Assert.Equal("😀", VietnameseText.Clean("😀"));
        // A YAML escape of a lone surrogate is YamlDotNet's syntax error, at its line; UTF-16 with one decodes it as U+FFFD.
        var yaml = Write("surrogate.yaml", GoodPlan.Replace("title: Kế hoạch xây dựng để kiểm thử", "title: \"Kế hoạch \\uD800 thử\"", StringComparison.Ordinal));
        var utf16 = Write("surrogate.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Document.Replace("NHIỆM VỤ", "NHIỆM \uD800VỤ", StringComparison.Ordinal))]);
        var result = PlanLoader.Load([yaml, utf16], dir);
        Assert.Equal(("yaml-syntax", 3), (Single(result).Code, Single(result).Location.Line));
        Assert.Equal(2, Assert.Single(result.Plans).Tasks.Count);
    }

    [Fact]
    public void WordNumbering_WithValuesThatAreNotNumbersOrOverflow_Imports()
    {
        var docx = EditDocx(SeedDocx(), "word/numbering.xml", xml => xml
            .Replace("w:start w:val=\"1\"", "w:start w:val=\"99999999999\"", StringComparison.Ordinal)
            .Replace("w:ilvl w:val=\"0\"", "w:ilvl w:val=\"abc\"", StringComparison.Ordinal)
            .Replace("upperRoman", "chữ-la-mã", StringComparison.Ordinal));
        var roman = EditDocx(SeedDocx(), "word/numbering.xml", xml => xml.Replace("w:start w:val=\"1\"", "w:start w:val=\"2000000000\"", StringComparison.Ordinal));
        var result = PlanLoader.Load([Write("so.docx", docx), Write("la-ma.docx", roman)], dir);
        Assert.Empty(result.Errors.Select(Render));
        Assert.Equal(2, result.Plans.Count);
    }

    [Fact]
    public void AReportDutyWrittenThousandsOfTimes_GetsUniqueIds()
    {
        var text = Document + string.Concat(Enumerable.Range(1, 3_000).Select(i => $"- Các phòng gửi báo cáo kết quả lần {i} về Văn phòng trước ngày 15/12/2026.\n"));
        var plan = Assert.Single(PlanLoader.Load([Write("bao-cao.txt", text)], dir).Plans);
        Assert.True(plan.Reports.Count >= 1);
        Assert.Equal(plan.Reports.Count, plan.Reports.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void ATableRowOfElevenThousandCells_Imports_WithItsReport()
    {
        // Found by the long fuzz run (a line of 11,595 tabs took 3 s): the row's content cell was searched for again for
        // every cell. The row's report is still read from its content cell.
        var row = "Báo cáo kết quả gửi Sở Y tế\t" + string.Concat(Enumerable.Repeat("\t", 11_000)) + "Trước ngày 20/11/2026";
        var plan = Assert.Single(PlanLoader.Load([Write("bang.txt", Document + "III. TỔ CHỨC THỰC HIỆN\n" + row + "\n")], dir).Plans);
        Assert.Contains(plan.Reports, r => r.Due.Value.Contains("20/11/2026", StringComparison.Ordinal));
    }

    [Fact]
    public void ItemsNumberedAlike_ImportToYamlThatLoads_AndTheDuplicateIsNoted()
    {
        // Found by the fuzz campaign (a numbered list restarted under TỔ CHỨC THỰC HIỆN): the YAML written by import
        // had the id twice and did not load back.
        var text = Document + "III. TỔ CHỨC THỰC HIỆN\n1. **Công chức Văn hóa - Xã hội**: chủ trì triển khai kế hoạch này.\n"
            + "2. **Trạm Y tế xã** tư vấn sức khỏe sinh sản cho phụ nữ.\n1. **Trưởng các thôn**: tuyên truyền bình đẳng giới trong gia đình.\n";
        var plan = Assert.Single(PlanLoader.Load([Write("trung.txt", text)], dir).Plans);
        var yaml = PlanYamlWriter.Write(plan);
        var loaded = YamlPlanLoader.Parse(yaml, "trung.yaml");
        Assert.Equal(plan.Tasks.Select(t => t.Id), loaded.Tasks.Select(t => t.Id));
        var note = Assert.Single(plan.ImportNotes, n => n.Field == "duplicate-id");
        Assert.Equal((note.Id + "-2", 14, 16), (note.NewId, note.First, note.Location.Line));
        Assert.Contains($"'{note.NewId}'", yaml, StringComparison.Ordinal);

        // Reported as a finding of the source document, at the second item.
        var finding = Assert.Single(RuleHarness.Findings("CE-P007", plan));
        Assert.Equal(("trung.txt", 16), (finding.Location.File, finding.Location.Line));
        Assert.Contains(note.NewId!, finding.Message(Language.Vi), StringComparison.Ordinal);
    }

    [Fact]
    public void ALimitsSection_InTheRuleset_IsRead_AndABadValueIsAnInputError()
    {
        var (ruleset, error) = Ruleset.TryParse("format: ruleset/1\nlimits: { max_file_mb: 1, max_nesting_depth: 10, max_files: 3, max_document_seconds: 2.5 }\n", "r.yaml", ComplianceEngine.Rules.RuleAssembly.Catalog);
        Assert.Null(error);
        Assert.Equal((1024L * 1024, 10, 3, 2.5), (ruleset!.Limits.MaxFileBytes, ruleset.Limits.MaxNestingDepth, ruleset.Limits.MaxFiles, ruleset.Limits.MaxDocumentSeconds));
        foreach (var bad in new[] { "max_files: 0", "max_file_mb: NaN", "max_nesting_depth: 1000", "max_line_length: abc" })
        {
            var (_, e) = Ruleset.TryParse($"format: ruleset/1\nlimits: {{ {bad} }}\n", "r.yaml", ComplianceEngine.Rules.RuleAssembly.Catalog);
            Assert.Equal(("bad-limit", 2), (e!.Code, e.Location.Line));
        }
    }

    [Fact]
    public void AnUnexpectedExceptionInOneDocument_IsThatFilesError_TheOthersLoad()
    {
        // A defect, simulated: an error raised while a document is imported (here: the time budget at zero seconds
        // stops the import at its first look) is that file's error and the run goes on.
        var slow = Write("cham.txt", Document);
        Write("tot.yaml", GoodPlan);
        var result = PlanLoader.Load([slow], InputLimits.Default with { MaxDocumentSeconds = 0 }, dir);
        AssertLimit(Single(result), "max_document_seconds");
        Assert.Equal(["cham", "tot"], PlanLoader.Load([dir], dir).Plans.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal("internal-error-file", PlanLoader.InternalError("x.txt", new InvalidCastException("boom")).Code);
    }

    private static string Write(ReportFormat format, ComplianceEngine.Core.Reporting.Report report, Language language)
    {
        using var w = new StringWriter();
        ReportRunner.WriterFor(format).Write(report, language, w);
        return w.ToString();
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static List<List<string>> Tables(string md)
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in md.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                current ??= [];
                current.Add(line);
            }
            else if (current is not null)
            {
                tables.Add(current);
                current = null;
            }
        }

        return tables;
    }

    // The cells of a GFM table row: split at the pipes that are not escaped.
    private static int Cells(string row)
    {
        var n = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                n++;
            }
        }

        return n;
    }

    private static byte[] SeedDocx() => File.ReadAllBytes(Repo.Path("fixtures", "import", "seeds-docx", "004_a24cbc1ae2d40f4e.docx"));

    private static byte[] EditDocx(byte[] bytes, string part, Func<string, string> edit) =>
        FuzzInputs.EditParts(bytes, (name, xml) => name == part ? edit(xml) : xml);

    // A zip whose entries inflate to the given sizes (spaces, which compress a thousandfold).
    private static byte[] Zip(params (string Name, int Bytes)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            foreach (var (name, size) in entries)
            {
                using var write = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                for (var left = size; left > 0; left -= chunk.Length)
                {
                    write.Write(chunk, 0, Math.Min(left, chunk.Length));
                }
            }
        }

        return output.ToArray();
    }

    // Windows-1258 keeps the vowels with their shape (ă, â, ê, ô, ơ, ư, đ) whole and writes the tones as combining marks.
    private static byte[] ToWindows1258(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var tones = "\u0300\u0301\u0303\u0309\u0323";
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = d.Where(tones.Contains).ToArray();
            sb.Append(new string(d.Where(ch => !tones.Contains(ch)).ToArray()).Normalize(NormalizationForm.FormC)).Append(tone);
        }

        return Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(sb.ToString());
    }

    private static void Mkfifo(string path)
    {
        using var p = System.Diagnostics.Process.Start("mkfifo", [path]);
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}

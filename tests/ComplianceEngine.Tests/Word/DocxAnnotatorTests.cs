using System.Text;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using ComplianceEngine.Core.Word;
using ComplianceEngine.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Tests.Word;

/// <summary>
/// <c>check DRAFT.docx --annotate OUT.docx [--fix]</c>: one Word comment per finding, on the paragraph (table row or cell)
/// its line was read from; certain corrections as tracked changes; the original untouched.
/// </summary>
public sealed class DocxAnnotatorTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    // Constructed (not a real document): a hospital plan whose tasks are a table — one row without its time, one without a
    // lead unit — and whose legal bases cite Chỉ thị 21 with the wrong symbol form and year.
    internal const string TablePlan = """
        SỞ Y TẾ TỈNH LAI CHÂU	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        BỆNH VIỆN ĐA KHOA HUYỆN PHONG THỔ	Độc lập - Tự do - Hạnh phúc
        Số: 27/KH-BVĐK	Phong Thổ, ngày 16 tháng 3 năm 2026

        KẾ HOẠCH
        Thực hiện công tác bình đẳng giới tại Bệnh viện năm 2026

        Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006;
        Căn cứ Chỉ thị số 21/CT-TW ngày 20/01/2017 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới;
        Bệnh viện xây dựng kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao hiểu biết của nhân viên y tế về bình đẳng giới trong khám, chữa bệnh.

        II. NHIỆM VỤ
        STT	Nội dung	Đơn vị chủ trì	Đơn vị phối hợp	Thời gian
        1	Tập huấn về bình đẳng giới cho điều dưỡng và hộ sinh	Phòng Điều dưỡng	Các khoa lâm sàng	Quý II/2026
        2	Rà soát số liệu khám bệnh tách theo giới tính	Phòng Kế hoạch tổng hợp	Phòng Công nghệ thông tin	
        3	Treo pa nô về phòng, chống bạo lực gia đình tại khu khám bệnh		Khoa Khám bệnh	Tháng 11/2026

        III. TỔ CHỨC THỰC HIỆN
        Phòng Tổ chức cán bộ tổng hợp, báo cáo kết quả về Sở Y tế trước ngày 15/12/2026.
        """;

    public static TheoryData<string> Seeds => new() { "000_e9cd2d02cd492238", "001_0f6675b2cba987fa", "002_7e8e160c5670c66d", "003_da39caddab931df9", "004_a24cbc1ae2d40f4e" };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedDocx_OneCommentPerFinding_OnTheFindingsParagraph(string seed)
    {
        var file = Repo.Path("fixtures", "import", "seeds-docx", seed + ".docx");
        var (plan, findings, annotation) = Annotate(File.ReadAllBytes(file), file, fix: false);

        Assert.NotEmpty(findings);
        Assert.Equal(findings.Count, annotation.Comments.Count);
        AssertPlacedOnTheirLines(plan, annotation);
    }

    [Fact]
    public void TablePlan_CommentsOnTheRows_AndTheCitation()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("ce-annotate-").FullName, "kh-bv-phong-tho-2026.docx");
        File.WriteAllBytes(path, TextDocx.Build(TablePlan));
        var (plan, findings, annotation) = Annotate(File.ReadAllBytes(path), path, fix: false);

        Assert.Equal(findings.Count, annotation.Comments.Count);
        AssertPlacedOnTheirLines(plan, annotation);

        // The task findings sit on table rows: CE-T002 on the row of task 2, CE-T001 on the row of task 3.
        using var document = Open(annotation.Bytes);
        var paragraphs = DocxLineMap.Paragraphs(document.MainDocumentPart!.Document!.Body!);
        string RowOf(string rule) => string.Join('|', paragraphs[annotation.Comments.Single(c => c.Finding.Rule.Id == rule).Paragraph]
            .Ancestors<W.TableRow>().Single().Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.StartsWith("2|Rà soát số liệu", RowOf("CE-T002"), StringComparison.Ordinal);
        Assert.StartsWith("3|Treo pa nô", RowOf("CE-T001"), StringComparison.Ordinal);

        // The citation's comment is marked on the run that holds its symbol.
        var l005 = annotation.Comments.Single(c => c.Finding.Rule.Id == "CE-L005");
        var start = paragraphs[l005.Paragraph].Descendants<W.CommentRangeStart>().Single(s => s.Id == l005.Id);
        Assert.Contains("21/CT-TW", start.ElementsAfter().OfType<W.Run>().First().InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_CatalogueCorrections_AsTrackedChanges_WithTheirReasonInTheComment()
    {
        var file = Repo.Path("fixtures", "import", "seeds-docx", "001_0f6675b2cba987fa.docx");
        var (_, findings, annotation) = Annotate(File.ReadAllBytes(file), file, fix: true);

        // Chỉ thị 21: "21/CT-TW" → "21-CT/TW" on both lines that cite it, and the year 2017 → 2018 where it is wrong.
        Assert.Equal(
            ["CE-L003 20/01/2017 → 20/01/2018", "CE-L005 21/CT-TW → 21-CT/TW", "CE-L005 21/CT-TW → 21-CT/TW"],
            annotation.Changes.Select(c => $"{c.Finding.Rule.Id} {c.From} → {c.To}").Order(StringComparer.Ordinal));
        using var document = Open(annotation.Bytes);
        var body = document.MainDocumentPart!.Document!.Body!;
        var inserted = body.Descendants<W.InsertedRun>().ToList();
        var deleted = body.Descendants<W.DeletedRun>().ToList();
        Assert.Equal(3, inserted.Count);
        Assert.Equal(3, deleted.Count);
        Assert.All(inserted.Cast<W.RunTrackChangeType>().Concat(deleted), c =>
        {
            Assert.Equal(DocxAnnotator.Author, c.Author?.Value);
            Assert.NotNull(c.Date);
        });
        Assert.Equal(["21-CT/TW", "20/01/2018", "21-CT/TW"], inserted.Select(i => i.InnerText));

        // Each change is explained in its finding's comment; nothing else is changed.
        var comments = document.MainDocumentPart.WordprocessingCommentsPart!.Comments!.Elements<W.Comment>().ToDictionary(c => c.Id!.Value!);
        Assert.All(annotation.Changes, change =>
            Assert.Contains("\"" + change.From + "\" → \"" + change.To + "\"", comments[annotation.Comments.Single(c => c.Finding == change.Finding).Id].InnerText, StringComparison.Ordinal));
        Assert.Equal(findings.Count, comments.Count);
        Assert.DoesNotContain(findings, f => f.Rule.Id == "CE-L004" && annotation.Changes.Any(c => c.Finding == f));
    }

    // Constructed (not a real document): the Sở plan above the table plan; its task 2 is owed by every hospital.
    internal const string ParentPlan = """
        UBND TỈNH LAI CHÂU	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        SỞ Y TẾ	Độc lập - Tự do - Hạnh phúc
        Số: 45/KH-SYT	Lai Châu, ngày 10 tháng 02 năm 2026

        KẾ HOẠCH
        Thực hiện công tác bình đẳng giới ngành Y tế năm 2026

        Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006;
        Sở Y tế xây dựng kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU
        Lồng ghép bình đẳng giới vào hoạt động khám, chữa bệnh.

        II. NHIỆM VỤ
        1. Các bệnh viện tổ chức tập huấn về bình đẳng giới cho điều dưỡng và hộ sinh; thời gian: quý II/2026.
        2. Các bệnh viện thành lập phòng tư vấn sức khỏe sinh sản thân thiện với vị thành niên; thời gian: quý III/2026.

        III. TỔ CHỨC THỰC HIỆN
        Các bệnh viện báo cáo kết quả về Sở Y tế trước ngày 10/12/2026.
        """;

    [Fact]
    public void ParentTaskNotCovered_OnTheMatchingSectionHeading_AndTheParentsNumberFixed()
    {
        var dir = Directory.CreateTempSubdirectory("ce-annotate-parent-").FullName;
        var parentPath = Path.Combine(dir, "kh-so-y-te.txt");
        File.WriteAllText(parentPath, ParentPlan);

        // The child cites its parent one digit off (46 for 45), with the parent's date: the parent's number is certain.
        var child = TablePlan.Replace("Căn cứ Luật Bình đẳng giới", "Căn cứ Kế hoạch số 46/KH-SYT ngày 10/02/2026 của Sở Y tế tỉnh Lai Châu về công tác bình đẳng giới ngành Y tế năm 2026;\nCăn cứ Luật Bình đẳng giới", StringComparison.Ordinal);
        var childPath = Path.Combine(dir, "kh-bv.docx");
        File.WriteAllBytes(childPath, TextDocx.Build(child));
        var loaded = PlanLoader.Load([childPath], [parentPath]);
        var plan = loaded.Plans.Single();
        var evaluation = RuleHarness.Evaluate([.. loaded.Plans, .. loaded.Context]);
        var parent = evaluation.Index.ParentLink(plan)?.Parent;
        Assert.NotNull(parent);
        var findings = evaluation.Findings.Where(f => f.PlanId == plan.Id).ToList();

        var annotation = DocxAnnotator.Annotate(File.ReadAllBytes(childPath), plan, findings, parent, Language.Vi, fix: true, Day);

        Assert.Equal(findings.Count, annotation.Comments.Count);
        AssertPlacedOnTheirLines(plan, annotation);
        using var document = Open(annotation.Bytes);
        var paragraphs = DocxLineMap.Paragraphs(document.MainDocumentPart!.Document!.Body!);
        var gap = annotation.Comments.Single(c => c.Finding.Rule.Id == "CE-C002" && c.Finding.Subject.Id == "2");
        Assert.Equal("II. NHIỆM VỤ", paragraphs[gap.Paragraph].InnerText);
        Assert.Contains(annotation.Changes, c => c.Finding.Rule.Id == "CE-C001" && c.From == "46/KH-SYT" && c.To == "45/KH-SYT");
    }

    [Fact]
    public void Fix_TextNotWrittenAsQuoted_IsLeftToTheComment()
    {
        // The symbol is split over two runs ("21/CT" + "-TW"): not one run to change, so no change, only the comment.
        var text = TablePlan.Replace("Chỉ thị số 21/CT-TW", "Chỉ thị số 21/CT¦-TW", StringComparison.Ordinal);
        var bytes = TextDocx.Build(text);
        using (var stream = new MemoryStream())
        {
            stream.Write(bytes);
            using (var document = WordprocessingDocument.Open(stream, true))
            {
                foreach (var t in document.MainDocumentPart!.Document!.Body!.Descendants<W.Text>().Where(t => t.Text.Contains('¦')).ToList())
                {
                    var parts = t.Text.Split('¦');
                    t.Text = parts[0];
                    t.Parent!.InsertAfterSelf(new W.Run(new W.Text(parts[1])));
                }
            }

            bytes = stream.ToArray();
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("ce-annotate-").FullName, "split.docx");
        File.WriteAllBytes(path, bytes);
        var (_, findings, annotation) = Annotate(bytes, path, fix: true);

        Assert.Contains(findings, f => f.Rule.Id == "CE-L005");
        Assert.DoesNotContain(annotation.Changes, c => c.Finding.Rule.Id == "CE-L005");
        Assert.Contains(annotation.Changes, c => c.Finding.Rule.Id == "CE-L003");
    }

    [Fact]
    public void Cli_WritesTheCopy_LeavesTheOriginalUnchanged()
    {
        var dir = Directory.CreateTempSubdirectory("ce-annotate-cli-").FullName;
        var draft = Path.Combine(dir, "du-thao.docx");
        File.Copy(Repo.Path("fixtures", "import", "seeds-docx", "001_0f6675b2cba987fa.docx"), draft);
        var before = File.ReadAllBytes(draft);
        var output = Path.Combine(dir, "du-thao-gop-y.docx");

        var result = Support.Cli.Run("check", draft, "--annotate", output, "--fix", "--lang", "en", "--out", Path.Combine(dir, "report.md"));

        Assert.Equal(1, result.ExitCode); // error-level findings, as without --annotate
        Assert.Equal(before, File.ReadAllBytes(draft));
        using var document = Open(File.ReadAllBytes(output));
        var comments = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<W.Comment>().ToList();
        Assert.NotEmpty(comments);
        Assert.Contains(comments, c => c.InnerText.Contains("How to fix: ", StringComparison.Ordinal));
        Assert.NotEmpty(document.MainDocumentPart.Document!.Body!.Descendants<W.InsertedRun>());
    }

    [Theory]
    [InlineData("--annotate", "out.docx", "fixtures/seeds/001-ban-vstbcpn-thanh-hoa-2020.yaml")]
    [InlineData("--fix", null, "fixtures/import/seeds-docx/001_0f6675b2cba987fa.docx")]
    [InlineData("--annotate", "fixtures/import/seeds-docx/001_0f6675b2cba987fa.docx", "fixtures/import/seeds-docx/001_0f6675b2cba987fa.docx")]
    public void Cli_BadUse_Exit2_WithTheReason(string option, string? value, string plan)
    {
        var result = value is null ? Support.Cli.Run("check", plan, option) : Support.Cli.Run("check", plan, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr, StringComparison.Ordinal);
    }

    [ToolFact("libreoffice")]
    public void AnnotatedCopies_ConvertToPdf_WithLibreOffice()
    {
        var dir = Directory.CreateTempSubdirectory("ce-annotate-pdf-").FullName;
        var seed = Repo.Path("fixtures", "import", "seeds-docx", "001_0f6675b2cba987fa.docx");
        var table = Path.Combine(dir, "bang.docx");
        File.WriteAllBytes(table, TextDocx.Build(TablePlan));
        var annotated = new List<string>();
        foreach (var (source, name) in new[] { (seed, "seed-001-gop-y.docx"), (table, "bang-gop-y.docx") })
        {
            var (_, _, annotation) = Annotate(File.ReadAllBytes(source), source, fix: true);
            annotated.Add(Path.Combine(dir, name));
            File.WriteAllBytes(annotated[^1], annotation.Bytes);
        }

        Assert.All(Tools.ConvertToPdf(dir, [.. annotated]), pdf => Assert.True(new FileInfo(pdf).Length > 1000));
    }

    internal static (Plan Plan, IReadOnlyList<Finding> Findings, Annotation Annotation) Annotate(byte[] bytes, string path, bool fix)
    {
        var loaded = PlanLoader.Load([path]);
        Assert.Empty(loaded.Errors);
        var plan = Assert.Single(loaded.Plans);
        var findings = RuleHarness.Evaluate(plan).Findings.Where(f => f.PlanId == plan.Id).ToList();
        var annotation = DocxAnnotator.Annotate(bytes, plan, findings, parent: null, Language.Vi, fix, Day);
        using var document = Open(annotation.Bytes);
        Assert.Equal(annotation.Comments.Count, document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<W.Comment>().Count());
        return (plan, findings, annotation);
    }

    // Each comment's range holds text of the finding's own line (its paragraph, its table row or cell); a finding placed
    // away from its line (a parent task) sits on the title or a section heading.
    private static void AssertPlacedOnTheirLines(Plan plan, Annotation annotation)
    {
        var lines = DocxPlanImporter.ReadLines(annotation.Bytes, plan.Location.File).Lines;
        using var document = Open(annotation.Bytes);
        var paragraphs = DocxLineMap.Paragraphs(document.MainDocumentPart!.Document!.Body!);
        foreach (var comment in annotation.Comments)
        {
            var first = paragraphs.Select((p, i) => (p, i)).Single(x => x.p.Descendants<W.CommentRangeStart>().Any(s => s.Id == comment.Id)).i;
            var last = paragraphs.Select((p, i) => (p, i)).Single(x => x.p.Descendants<W.CommentRangeEnd>().Any(s => s.Id == comment.Id)).i;
            Assert.Equal(comment.Paragraph, first);
            var marked = Folded(string.Join(' ', paragraphs.Skip(first).Take(last - first + 1).Select(Visible)));
            var at = comment.Finding.Location;
            var own = at.File == plan.Location.File && at.Line > 0 && lines[at.Line - 1].Text.Trim().Length > 0 && !comment.Finding.Subject.Kind.StartsWith("parent-", StringComparison.Ordinal);
            var expected = own ? Folded(lines[at.Line - 1].Text.Replace('\t', ' '))
                : Folded(plan.Title) + " | " + string.Join(" | ", plan.Sections.Select(s => Folded(lines[s.Location.Line - 1].Text)));
            Assert.True(marked.Length > 0 && expected.Contains(marked, StringComparison.Ordinal),
                $"{comment.Finding.Rule.Id} at {at}: marked \"{marked}\" is not on \"{expected}\"");
        }
    }

    private static string Visible(W.Paragraph p) =>
        string.Concat(p.Descendants<W.Text>().Where(t => t.Parent is W.Run).Select(t => t.Text));

    private static string Folded(string text) => VietnameseText.Fold(text).Normalize(NormalizationForm.FormC);

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}

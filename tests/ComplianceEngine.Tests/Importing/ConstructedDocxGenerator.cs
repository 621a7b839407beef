using ComplianceEngine.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Tests.Importing;

/// <summary>
/// Test-data generation, not a test: writes fixtures/import/kh-ttyt-tam-duong-2026.docx, a made-up plan of a district
/// health centre as Word writes it — a borderless header table, sections and tasks numbered by Word's automatic
/// multi-level numbering (I., 1., 2.1.), "-" and "+" bullets from a bullet list, a table of targets, a real footnote,
/// and "Nơi nhận" beside the signature in a table. Runs only with CE_GENERATE_IMPORT_FIXTURES=1; the .docx is committed.
/// </summary>
public sealed class ConstructedDocxGenerator
{
    private const int Outline = 1;
    private const int Bullets = 2;

    [GeneratorFact]
    public void GenerateConstructedDocx_WhenAsked()
    {
        using var document = WordprocessingDocument.Create(Repo.Path("fixtures", "import", "kh-ttyt-tam-duong-2026.docx"), WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        main.AddNewPart<FootnotesPart>().Footnotes = Footnotes(
            "Kế hoạch số 101/KH-SYT ngày 20/4/2026 của Sở Y tế tỉnh Lai Châu được ban hành để thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh Lai Châu.");
        var body = new Body(
            P("CONSTRUCTED — văn bản dựng để kiểm thử bộ nhập văn bản Word (đánh số tự động, chú thích cuối trang, bảng), không phải văn bản thật của Trung tâm Y tế huyện Tam Đường."),
            Layout(
                ["SỞ Y TẾ TỈNH LAI CHÂU", "TRUNG TÂM Y TẾ HUYỆN TAM ĐƯỜNG", "Số: 58/KH-TTYT"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tam Đường, ngày 06 tháng 5 năm 2026"]),
            P(string.Empty),
            P("KẾ HOẠCH", bold: true),
            P("Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026", bold: true),
            P(string.Empty),
            new Paragraph(
                Run("Căn cứ Kế hoạch số 101/KH-SYT ngày 20/4/2026 của Sở Y tế tỉnh Lai Châu về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026"),
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 1 }),
                Run(";")),
            P("Căn cứ Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình Truyền thông về bình đẳng giới đến năm 2030;"),
            P("Trung tâm Y tế huyện Tam Đường xây dựng Kế hoạch thực hiện như sau:"),
            N(0, "MỤC ĐÍCH, YÊU CẦU"),
            N(1, "Mục đích"),
            B(0, "Nâng cao nhận thức của viên chức, người lao động về bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới."),
            N(1, "Yêu cầu"),
            B(0, "Các hoạt động phải gắn với nhiệm vụ chuyên môn của từng khoa, phòng, trạm y tế."),
            N(0, "CHỈ TIÊU"),
            Grid(
                ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Ghi chú"],
                ["1", "Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh", "%", "62", "70", string.Empty],
                ["2", "Tỷ số giới tính khi sinh", "bé trai/100 bé gái", "115", "112", "Giảm so với năm 2025"],
                ["3", "Tỷ lệ nữ lãnh đạo, quản lý cấp khoa, phòng", "%", "35", "40", string.Empty]),
            N(0, "NỘI DUNG"),
            N(1, "Tuyên truyền, phổ biến pháp luật về bình đẳng giới"),
            B(0, "Tổ chức tuyên truyền Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình cho viên chức, người lao động và người bệnh."),
            B(0, "Đơn vị thực hiện: Phòng Kế hoạch - Nghiệp vụ chủ trì; các khoa, phòng phối hợp."),
            B(0, "Thời gian: Quý II/2026"),
            N(1, "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới tại cơ sở y tế"),
            N(2, "Duy trì phòng tư vấn, hỗ trợ nạn nhân bạo lực trên cơ sở giới"),
            B(0, "Bố trí viên chức có kỹ năng tư vấn tâm lý tiếp nhận nạn nhân."),
            B(1, "Cập nhật sổ theo dõi các trường hợp được tư vấn."),
            B(0, "Đơn vị thực hiện: Khoa Khám bệnh"),
            B(0, "Thời gian: Thường xuyên trong năm 2026"),
            N(2, "Tập huấn phát hiện, hỗ trợ nạn nhân"),
            B(0, "Tổ chức 01 lớp tập huấn cho viên chức các trạm y tế xã, thị trấn."),
            B(0, "Đơn vị thực hiện: Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì; Phòng Kế hoạch - Nghiệp vụ phối hợp."),
            B(0, "Thời gian: Trước ngày 30/9/2026"),
            N(1, "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026"),
            B(0, "Treo băng rôn, khẩu hiệu; truyền thông tại các trạm y tế xã, thị trấn."),
            B(0, "Đơn vị thực hiện: Phòng Kế hoạch - Nghiệp vụ"),
            B(0, "Thời gian: Từ ngày 15/11 đến ngày 15/12/2026"),
            N(0, "TỔ CHỨC THỰC HIỆN"),
            N(1, "Phòng Kế hoạch - Nghiệp vụ"),
            B(0, "Tham mưu Giám đốc triển khai Kế hoạch; tổng hợp kết quả thực hiện của các khoa, phòng, trạm y tế."),
            B(0, "Báo cáo sơ kết 6 tháng gửi Sở Y tế trước ngày 25/5/2026; báo cáo tổng kết năm gửi Sở Y tế trước ngày 05/11/2026."),
            N(1, "Khoa Y tế công cộng và Dinh dưỡng: Theo dõi, báo cáo tỷ số giới tính khi sinh trên địa bàn huyện hằng quý."),
            N(1, "Các trạm y tế xã, thị trấn xây dựng kế hoạch hoạt động năm 2026 của trạm, gửi về Trung tâm (qua Phòng Kế hoạch - Nghiệp vụ) trước ngày 31/5/2026."),
            P("Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026 của Trung tâm Y tế huyện Tam Đường./."),
            Layout(
                [P("Nơi nhận:", bold: true), B(0, "Sở Y tế (b/c);"), B(0, "Ban Giám đốc;"), B(0, "Các khoa, phòng, trạm y tế;"), B(0, "Lưu: VT, KHNV.")],
                [P("GIÁM ĐỐC", bold: true), P("(Đã ký)"), P("Nguyễn Văn Hùng", bold: true)]),
            new SectionProperties());
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Run Run(string text, bool bold = false) =>
        new(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Paragraph P(string text, bool bold = false) => text.Length == 0 ? new Paragraph() : new Paragraph(Run(text, bold));

    // An item of the outline list: level 0 "I.", level 1 "1.", level 2 "1.1.".
    private static Paragraph N(int level, string text) => Numbered(Outline, level, text, bold: level == 0);

    // A bullet: level 0 "-", level 1 "+".
    private static Paragraph B(int level, string text) => Numbered(Bullets, level, text, bold: false);

    private static Paragraph Numbered(int numId, int level, string text, bool bold) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), Run(text, bold));

    private static Table Layout(string[] left, string[] right) =>
        Layout(left.Select(t => P(t, bold: t.StartsWith("SỞ", StringComparison.Ordinal) || t.StartsWith("TRUNG", StringComparison.Ordinal) || t.StartsWith("CỘNG", StringComparison.Ordinal))).ToArray(), right.Select(t => P(t)).ToArray());

    private static Table Layout(Paragraph[] left, Paragraph[] right) =>
        new(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            new TableGrid(new GridColumn { Width = "4500" }, new GridColumn { Width = "5500" }),
            new TableRow(new TableCell(left.Cast<OpenXmlElement>()), new TableCell(right.Cast<OpenXmlElement>())));

    private static Table Grid(params string[][] rows)
    {
        var table = new Table(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 }, new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(rows[0].Select(_ => new GridColumn { Width = "1600" })));
        table.Append(rows.Select(r => new TableRow(r.Select(c => new TableCell(P(c))))));
        return table;
    }

    private static Numbering Numbering()
    {
        static Level Level(int index, NumberFormatValues format, string text) =>
            new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }, new LevelJustification { Val = LevelJustificationValues.Left })
            { LevelIndex = index };

        return new Numbering(
            new AbstractNum(
                Level(0, NumberFormatValues.UpperRoman, "%1."),
                Level(1, NumberFormatValues.Decimal, "%2."),
                Level(2, NumberFormatValues.Decimal, "%2.%3."))
            { AbstractNumberId = 10 },
            new AbstractNum(Level(0, NumberFormatValues.Bullet, "-"), Level(1, NumberFormatValues.Bullet, "+")) { AbstractNumberId = 20 },
            new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = Outline },
            new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = Bullets });
    }

    private static Footnotes Footnotes(string text) =>
        new(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
            new Footnote(new Paragraph(
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                new Run(new Text(" " + text) { Space = SpaceProcessingModeValues.Preserve })))
            { Id = 1 });
}

using ComplianceEngine.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Tests.Importing;

/// <summary>
/// Test-data generation, not a test: writes fixtures/blind/tay-nguyen-2027/02-so-y-te-kh-115-2027.docx, a made-up plan
/// of a Sở Y tế for the blind cascades (see fixtures/blind/README.md): literal numbering "I." / "1." / "a)" / "-" / "+"
/// typed as text, a borderless header table and a bordered "Phân công nhiệm vụ" table whose columns run TT / Nội dung /
/// Thời gian / Chủ trì / Phối hợp. Runs only with CE_GENERATE_IMPORT_FIXTURES=1; the .docx is committed.
/// </summary>
public sealed class BlindDocxGenerator
{
    [GeneratorFact]
    public void GenerateBlindDocx_WhenAsked()
    {
        var path = Repo.Path("fixtures", "blind", "tay-nguyen-2027", "02-so-y-te-kh-115-2027.docx");
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body(
            P("[Tài liệu dựng để kiểm thử – cascade kín Tây Nguyên 2027, văn bản 2/3 (Kế hoạch của Sở Y tế tỉnh Đắk Lắk; đánh số La Mã, Ả Rập, a), -, + gõ bằng chữ; bảng phân công nhiệm vụ). Không phải văn bản thật.]"),
            Layout(
                ["UBND TỈNH ĐẮK LẮK", "SỞ Y TẾ", "Số: 115/KH-SYT"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đắk Lắk, ngày 15 tháng 3 năm 2027"]),
            P(string.Empty),
            P("KẾ HOẠCH", bold: true),
            P("Thực hiện công tác bình đẳng giới ngành Y tế tỉnh Đắk Lắk năm 2027", bold: true),
            P(string.Empty),
            P("Căn cứ Quyết định số 5658/QĐ-BYT ngày 11/12/2021 của Bộ trưởng Bộ Y tế ban hành Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trong ngành y tế giai đoạn 2021 - 2030;"),
            P("Căn cứ Quyết định số 1898/QĐ-TTg ngày 28/11/2017 của Thủ tướng Chính phủ phê duyệt Đề án “Hỗ trợ hoạt động bình đẳng giới vùng dân tộc thiểu số giai đoạn 2018 - 2025”;"),
            P("Căn cứ Kế hoạch số 41/KH-UBND ngày 20/02/2027 của UBND tỉnh Đắk Lắk về triển khai công tác bình đẳng giới trên địa bàn tỉnh năm 2027;"),
            P("Sở Y tế xây dựng Kế hoạch thực hiện trong toàn ngành như sau:"),
            P("I. MỤC TIÊU", bold: true),
            P("1. Mục tiêu chung"),
            P("Các đơn vị trong ngành chủ động thực hiện phần việc của mình về bình đẳng giới, nhất là ở tuyến xã và vùng đồng bào dân tộc thiểu số."),
            P("2. Chỉ tiêu"),
            P("a) Tỷ số giới tính khi sinh toàn tỉnh ở mức không quá 111 bé trai/100 bé gái."),
            P("b) 100% bệnh viện công lập có bộ phận tiếp nhận, hỗ trợ người bị bạo lực trên cơ sở giới."),
            P("II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", bold: true),
            Grid(
                ["TT", "Nội dung", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp"],
                ["1", "Lồng ghép bình đẳng giới vào kế hoạch hoạt động năm của ngành; thống kê số liệu khám chữa bệnh tách theo giới", "Thường xuyên", "Phòng Kế hoạch - Tài chính", "Các đơn vị trực thuộc"],
                ["2", "Giám sát tỷ số giới tính khi sinh; kiểm tra cơ sở siêu âm, phá thai, xử lý vi phạm về lựa chọn giới tính thai nhi", "Cả năm 2027; kiểm tra tập trung trong quý III/2027", "Phòng Nghiệp vụ Y - Dược", "Thanh tra Sở; Trung tâm Kiểm soát bệnh tật tỉnh"],
                ["3", "Các đơn vị trực thuộc xây dựng, ban hành kế hoạch bình đẳng giới năm 2027 của đơn vị", "Trước ngày 15/4/2027", "Các đơn vị trực thuộc", "Văn phòng Sở"],
                ["4", "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới trong toàn ngành", "15/11 - 15/12/2027", "Công đoàn ngành Y tế", "Các đơn vị trực thuộc"]),
            P("III. TỔ CHỨC THỰC HIỆN", bold: true),
            P("1. Văn phòng Sở"),
            P("a) Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch."),
            P("b) Tổng hợp báo cáo của ngành gửi Sở Nội vụ:"),
            P("- Báo cáo 6 tháng: trước ngày 10/6/2027;"),
            P("- Báo cáo năm: trước ngày 05/11/2027."),
            P("2. Các đơn vị trực thuộc"),
            P("- Triển khai Kế hoạch tại đơn vị; gửi báo cáo về Sở Y tế (qua Văn phòng Sở):"),
            P("+ Báo cáo 6 tháng trước ngày 31/5/2027;"),
            P("+ Báo cáo năm trước ngày 25/10/2027."),
            Layout(
                ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Các đơn vị trực thuộc;", "- Lưu: VT, VP."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Trần Thị Ngọc Hà"]),
            new SectionProperties());
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Run Run(string text, bool bold = false) =>
        new(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Paragraph P(string text, bool bold = false) => text.Length == 0 ? new Paragraph() : new Paragraph(Run(text, bold));

    private static Table Layout(string[] left, string[] right) =>
        new(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            new TableGrid(new GridColumn { Width = "4500" }, new GridColumn { Width = "5500" }),
            new TableRow(new TableCell(left.Select(t => P(t))), new TableCell(right.Select(t => P(t)))));

    private static Table Grid(params string[][] rows)
    {
        var table = new Table(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 }, new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(rows[0].Select(_ => new GridColumn { Width = "1800" })));
        table.Append(rows.Select(r => new TableRow(r.Select(c => new TableCell(P(c))))));
        return table;
    }
}

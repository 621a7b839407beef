using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Tests.Importing;

/// <summary>Header, sections, tasks, reports, indicators and closing of small documents written in the tests.</summary>
public sealed class PlanExtractorTests
{
    private static Plan Import(string text) => MarkdownPlanImporter.Import(text, "doc.md", "doc");

    [Fact]
    public void DraftHeader_GivesBlankNumberPartialDateAndDraftStatus()
    {
        // Seed 002's header: "Số: /KH-BV", "ngày tháng 4 năm 2026" (number and day left blank).
        var plan = Import("Số: /KH-BV\n\nThan Uyên, ngày tháng 4 năm 2026\n\nKẾ HOẠCH\nThực hiện công tác bình đẳng giới\nvà vì sự tiến bộ của phụ nữ năm 2026\n");

        Assert.Equal(("/KH-BV", "2026-04", "Than Uyên", PlanStatus.Draft), (plan.Number?.Value, plan.IssueDate?.Value.ToString(), plan.Place, plan.Status));
        Assert.Equal("KẾ HOẠCH Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2026", plan.Title);
        Assert.Equal(new YearPeriod(2026, 2026), plan.Period?.Value);
    }

    [Fact]
    public void OfficialLetterHeader_JoinsItsIssuerLines_AndTakesTheSubjectLineAsTitle()
    {
        // A Công văn of a district: the body's name split over two header lines, "V/v …" for a title, a signature block below.
        var plan = Import("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN NA RÌ\tĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 512/UBND-VP\tNa Rì, ngày 9 tháng 9 năm 2025\nV/v tổ chức Tháng hành động năm 2025\n\nKính gửi: UBND các xã.\n\n"
            + "Các xã tổ chức Tháng hành động từ ngày 15/11/2025.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNông Văn Tư\n");

        Assert.Equal(("Ủy ban nhân dân huyện Na Rì", "Công văn", "V/v tổ chức Tháng hành động năm 2025"), (plan.Issuer.Value, plan.DocumentType, plan.Title));
    }

    [Theory]
    [InlineData("UBND TỈNH LẠNG SƠN\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n", "Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn")]
    [InlineData("UBND HUYỆN BẮC SƠN\nTRUNG TÂM Y TẾ\n", "Trung tâm Y tế huyện Bắc Sơn")]
    [InlineData("SỞ Y TẾ LẠNG SƠN\nBỆNH VIỆN ĐA KHOA TỈNH\n", "Bệnh viện Đa khoa tỉnh")]
    [InlineData("UBND TỈNH LẠNG SƠN\nUBND HUYỆN BẮC SƠN\n", "UBND huyện Bắc Sơn")] // an abbreviation stays
    public void UpperCaseHeaderIssuer_IsWrittenAsTheBodyIsNamed(string lines, string issuer) =>
        Assert.Equal(issuer, Import(lines + "Số: 3/KH-X\tLạng Sơn, ngày 2 tháng 2 năm 2025\nV/v tuyên truyền\n\nCác đơn vị thực hiện.\n").Issuer.Value);

    [Fact]
    public void DepartmentNameSplitOverTwoHeaderLines_IsOneIssuer()
    {
        var plan = Import("UBND TỈNH BẮC KẠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ VĂN HÓA, THỂ THAO\tĐộc lập - Tự do - Hạnh phúc\nVÀ DU LỊCH\n"
            + "Số: 77/SVHTTDL-NV\tBắc Kạn, ngày 3 tháng 3 năm 2025\nV/v hướng dẫn công tác gia đình\n\nKính gửi: Phòng Văn hóa các huyện.\n\nCác phòng báo cáo trước ngày 10/12/2025.\n\nGIÁM ĐỐC\n");

        Assert.Equal("Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Kạn", plan.Issuer.Value);
    }

    [Fact]
    public void HeaderWithoutNumber_TakesNumberAndDateFromTheAppendixNote()
    {
        // A scan that lost "Số:"; the appendix says which plan it goes with.
        var plan = Import("KẾ HOẠCH\nCông tác bình đẳng giới năm 2019\n\nCăn cứ Kế hoạch số 5/KH-UBND ngày 02/01/2019 của UBND tỉnh Hòa Bình, Ban ban hành Kế hoạch như sau:\n\n"
            + "I. MỤC ĐÍCH\n1. Tuyên truyền.\n\nPhụ lục\n(Kèm theo Kế hoạch số 31/KH - BVSTBPN, ngày 14/3/2019)\n");

        Assert.Equal(("31/KH - BVSTBPN", "2019-03-14", PlanStatus.Issued), (plan.Number?.Value, plan.IssueDate?.Value.ToString(), plan.Status));
        Assert.Equal("5/KH-UBND", plan.Parent?.Number);
    }

    [Fact]
    public void IssuersOwnEarlierPlan_IsNotItsParent()
    {
        // A district's 2024 plan carries on its own 2021 plan; the province's plan is the parent.
        var plan = Import("UBND HUYỆN CHỢ ĐỒN\nSố: 40/KH-UBND\tChợ Đồn, ngày 5 tháng 3 năm 2024\n\nKẾ HOẠCH\nCông tác bình đẳng giới năm 2024\n\n"
            + "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/02/2021 của UBND huyện Chợ Đồn về bình đẳng giới giai đoạn 2021 - 2025; Kế hoạch số 88/KH-UBND ngày 20/01/2024 của UBND tỉnh Bắc Kạn, UBND huyện Chợ Đồn xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n1. Tuyên truyền.\n");

        Assert.Equal("88/KH-UBND", plan.Parent?.Number);
    }

    [Theory]
    [InlineData("DỰ THẢO\nSố: 12/KH-SYT\tLạng Sơn, ngày 4 tháng 4 năm 2025\n")] // marked
    [InlineData("Số:      /KH-SYT\tLạng Sơn, ngày 4 tháng 4 năm 2025\n")] // blank number
    public void DraftMarkOrBlankNumber_IsADraft(string header) =>
        Assert.Equal(PlanStatus.Draft, Import(header + "\nKẾ HOẠCH\nCông tác bình đẳng giới năm 2025\n").Status);

    [Fact]
    public void HeaderTable_IsReadCellByCell_AndTheIssuerGetsItsProvince()
    {
        var plan = Import("UBND TỈNH YÊN BÁI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 40/KH-SYT\tYên Bái, ngày 2 tháng 3 năm 2025\n\n"
            + "KẾ HOẠCH\nCông tác bình đẳng giới giai đoạn 2021 - 2025\n\nThực hiện Kế hoạch số 9/KH-UBND ngày 10/01/2025 của UBND tỉnh, Sở Y tế ban hành Kế hoạch như sau:\n");

        Assert.Equal(("40/KH-SYT", "2025-03-02", "Sở Y tế tỉnh Yên Bái"), (plan.Number?.Value, plan.IssueDate?.Value.ToString(), plan.Issuer.Value));
        Assert.Equal((PlanLevel.Department, "so-y-te"), (plan.Level, plan.UnitKinds.Single()));
        Assert.Equal(new YearPeriod(2021, 2025), plan.Period?.Value);
        Assert.Equal(("9/KH-UBND", "2025-01-10"), (plan.Parent?.Number, plan.Parent?.Date?.ToString()));
    }

    // Constructed place names: a capital Đ and capitals carrying two marks (Ắ, Ứ, Ễ, Ờ, Ề) in an upper-case header, where the
    // opening sentence names the body without its place ("Ủy ban nhân dân tỉnh ban hành …").
    [Theory]
    [InlineData("table", "ĐẮK NGỌC", "Đắk Ngọc")]
    [InlineData("table", "ĐỨC LỄ", "Đức Lễ")]
    [InlineData("table", "QUẢNG ĐIỀN", "Quảng Điền")]
    [InlineData("text", "ĐẮK NGỌC", "Đắk Ngọc")]
    [InlineData("text", "LỜ ĐỀ NAM", "Lờ Đề Nam")]
    public void UpperCaseHeaderPlaceWithStackedMarks_IsTheIssuersWholePlace(string layout, string upper, string place)
    {
        var header = layout == "table"
            ? $"| ỦY BAN NHÂN DÂN TỈNH {upper} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 12/KH-UBND | Độc lập - Tự do - Hạnh phúc |\n| | {place}, ngày 6 tháng 5 năm 2026 |\n\n"
            : $"ỦY BAN NHÂN DÂN\nTỈNH {upper}\n\nSố: 12/KH-UBND\n\n{place}, ngày 6 tháng 5 năm 2026\n\n";
        var plan = Import(header + $"KẾ HOẠCH\nThúc đẩy bình đẳng giới trong tỉnh {place} năm 2026\n\n"
            + "Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006;\n\n"
            + "Theo đề xuất của Sở Nội vụ, Ủy ban nhân dân tỉnh ban hành Kế hoạch thúc đẩy bình đẳng giới như sau:\n\nI. MỤC ĐÍCH\n\nNâng cao nhận thức.\n");

        Assert.Equal($"Ủy ban nhân dân tỉnh {place}", plan.Issuer.Value);
    }

    [Theory]
    [InlineData("Ủy ban nhân dân xã Ka Lăng", "Unit", "ubnd-xa")]
    [InlineData("Bệnh viện Đa khoa Than Uyên", "Unit", "benh-vien")]
    [InlineData("Trung tâm Y tế huyện Tam Đường", "Unit", "trung-tam-y-te")]
    [InlineData("Sở Lao động - Thương binh và Xã hội", "Department", "so")]
    [InlineData("UBND huyện Mường Tè", "Department", "ubnd-huyen")]
    [InlineData("Ủy ban nhân dân thành phố Hà Nội", "Province", "ubnd-tinh")]
    [InlineData("Ban vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa", "Province", "ban-vstbcpn")]
    [InlineData("Bộ Y tế", "National", "bo")]
    [InlineData("Thủ tướng Chính phủ", "National", "chinh-phu")]
    [InlineData("Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam", "National", "uy-ban-quoc-gia")]
    public void Issuer_GivesLevelAndKind(string issuer, string level, string kind)
    {
        var (l, kinds) = IssuerClassifier.Classify(issuer, null);

        Assert.Equal((level, kind), (l.ToString(), kinds[0]));
    }

    [Fact]
    public void Task_ReadsContentFieldsAndNestedBullets()
    {
        var plan = Import("""
            II. NỘI DUNG
            1. Tuyên truyền pháp luật về bình đẳng giới
            - Nội dung:
            + Tuyên truyền Luật Bình đẳng giới.
            + Tổ chức tọa đàm.
            - Hình thức: Hội nghị, tập huấn.
            - Đơn vị thực hiện: Phòng Tổ chức hành chính chủ trì tham mưu; các khoa, phòng phối hợp.
            - Thời gian: Thường xuyên trong năm 2026
            """);

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(("1", "II", "Tuyên truyền pháp luật về bình đẳng giới"), (task.Id, task.Section, task.Title));
        Assert.Equal(["Tuyên truyền Luật Bình đẳng giới.", "Tổ chức tọa đàm.", "Hình thức: Hội nghị, tập huấn."], task.Details);
        Assert.Equal(("Phòng Tổ chức hành chính", 7), (task.LeadUnit?.Value, task.LeadUnit?.Location.Line));
        Assert.Equal(["các khoa, phòng"], task.SupportingUnits);
        Assert.Equal(("Thường xuyên trong năm 2026", 8), (task.Timeline?.Value, task.Timeline?.Location.Line));
    }

    [Theory]
    [InlineData("Phòng Tổ chức hành chính chủ trì tham mưu.", false, "Phòng Tổ chức hành chính", "")]
    [InlineData("Phòng Tổ chức hành chính, các khoa phòng", false, "Phòng Tổ chức hành chính", "các khoa phòng")]
    [InlineData("Hội Liên hiệp Phụ nữ xã chủ trì; các ban, ngành, đoàn thể xã phối hợp.", false, "Hội Liên hiệp Phụ nữ xã", "các ban, ngành, đoàn thể xã")]
    [InlineData("Văn phòng Sở; cơ quan phối hợp: Phòng Bảo trợ xã hội - Bình đẳng giới.", true, "Văn phòng Sở", "Phòng Bảo trợ xã hội - Bình đẳng giới")]
    [InlineData("Phòng Giáo dục nghề nghiệp, Phòng Việc làm - An toàn lao động.", true, "Phòng Giáo dục nghề nghiệp, Phòng Việc làm - An toàn lao động", "")]
    [InlineData("Công an xã chủ trì; Trạm Y tế xã phối hợp.", false, "Công an xã", "Trạm Y tế xã")]
    public void Responsibility_SplitsLeadFromSupport(string value, bool leadField, string lead, string supporting)
    {
        var (l, s) = TaskExtractor.Responsibility(value, leadField);

        Assert.Equal((lead, supporting), (l, string.Join('|', s)));
    }

    [Fact]
    public void OrganisationSection_GivesOneDutyPerUnit()
    {
        var plan = Import("""
            III. TỔ CHỨC THỰC HIỆN
            1. Sở Lao động - Thương binh và Xã hội
            - Chủ trì, phối hợp với các đơn vị liên quan:
            + Hướng dẫn các địa phương triển khai Kế hoạch.
            2. Thành viên Sở Tài chính hướng dẫn chính quyền các cấp bố trí kinh phí.
            3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị-xã hội tỉnh: phối hợp triển khai Kế hoạch.
            4. Các Sở, ngành: Y tế, Giáo dục và Đào tạo, Công an tỉnh và các cơ quan liên quan căn cứ Kế hoạch xây dựng kế hoạch của ngành. Báo cáo kết quả theo quy định.
            5. UBND các huyện, thành phố: xây dựng kế hoạch năm 2017 (Hoàn thành trước ngày 31/3/2017).
            """);

        Assert.Equal(["III.1", "III.2", "III.3", "III.4", "III.5"], plan.Tasks.Select(t => t.Id));
        Assert.Equal(["Sở Lao động - Thương binh và Xã hội", "Sở Tài chính", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|các đoàn thể chính trị-xã hội tỉnh",
            "Sở Y tế|Sở Giáo dục và Đào tạo|Công an tỉnh", "UBND các huyện, thành phố"], plan.Tasks.Select(t => string.Join('|', t.AssignedTo)));
        Assert.Equal(["Sở Lao động - Thương binh và Xã hội", "Sở Tài chính", null, null, null], plan.Tasks.Select(t => t.LeadUnit?.Value));
        Assert.Equal("Hướng dẫn các địa phương triển khai Kế hoạch.", plan.Tasks[0].Title);
        Assert.Equal(["Báo cáo kết quả theo quy định."], plan.Tasks[3].Details);
        Assert.Equal("Hoàn thành trước ngày 31/3/2017", plan.Tasks[4].Timeline?.Value);
        var report = Assert.Single(plan.Reports);
        Assert.Equal((ReportKind.Plan, "kế hoạch năm 2017", "UBND các huyện, thành phố"), (report.Kind, report.Title, report.From.Single()));
    }

    [Fact]
    public void Reports_ReadWhatByWhenAndToWhom()
    {
        var plan = Import("""
            I. NỘI DUNG
            1. Chế độ báo cáo
            - Tham mưu báo cáo định kỳ; báo cáo sơ kết 6 tháng gửi Sở Y tế trước ngày 30/5/2026; báo cáo tổng kết gửi Sở Y tế trước ngày 30/11/2026.
            - Nộp báo cáo đúng quy định: trước 25/5 đối với Báo cáo sơ kết 6 tháng đầu năm, trước ngày 22/11 đối với Báo cáo tổng kết năm và gửi về Ban Vì sự tiến bộ của phụ nữ ngành để tổng hợp.
            """);

        Assert.Equal(
            ["six-month|báo cáo sơ kết 6 tháng|trước ngày 30/5/2026|Sở Y tế", "annual|báo cáo tổng kết|trước ngày 30/11/2026|Sở Y tế",
             "six-month|Báo cáo sơ kết 6 tháng đầu năm|trước 25/5|Ban Vì sự tiến bộ của phụ nữ ngành", "annual|Báo cáo tổng kết năm|trước ngày 22/11|Ban Vì sự tiến bộ của phụ nữ ngành"],
            plan.Reports.Select(r => $"{(r.Kind == ReportKind.SixMonth ? "six-month" : r.Kind.ToString().ToLowerInvariant())}|{r.Title}|{r.Due.Value}|{r.Recipient}"));
        Assert.Equal(["bc-6-thang", "bc-nam", "bc-6-thang-2", "bc-nam-2"], plan.Reports.Select(r => r.Id));
    }

    [Fact]
    public void Reports_LabelInBracketsAfterItsDeadline_BelongsToThatDeadline()
    {
        var plan = Import("""
            I. NỘI DUNG
            1. Chế độ báo cáo
            - Gửi báo cáo tình hình thực hiện về Sở Tư pháp trước ngày 20/5/2025 (báo cáo sơ kết) và trước ngày 5/12/2025 (báo cáo tổng kết năm).
            - Các chi hội báo cáo kết quả về Thường trực Đoàn trước ngày 01/11/2025.
            """);

        Assert.Equal(
            ["SixMonth|báo cáo sơ kết|trước ngày 20/5/2025|Sở Tư pháp", "Annual|báo cáo tổng kết năm|trước ngày 5/12/2025|Sở Tư pháp",
             "Annual|báo cáo kết quả|trước ngày 01/11/2025|Thường trực Đoàn"],
            plan.Reports.Select(r => $"{r.Kind}|{r.Title}|{r.Due.Value}|{r.Recipient}"));
    }

    [Fact]
    public void Indicators_QualifiersStayInTheTarget_AndAChangeMayPrecedeItsQuantity()
    {
        var plan = Import("""
            II. CHỈ TIÊU
            - Tỷ lệ lao động nữ được đào tạo nghề đạt từ 40% trở lên.
            - Tỷ số giới tính khi sinh không vượt quá 112 bé trai/100 bé gái.
            - Tham gia cùng các đoàn thể giảm 10% số hộ nghèo có chủ hộ là nữ so với năm 2023.
            """);

        Assert.Equal(
            ["Tỷ lệ lao động nữ được đào tạo nghề|từ 40% trở lên|%|Increase|", "Tỷ số giới tính khi sinh|không vượt quá 112 bé trai/100 bé gái|bé trai/100 bé gái|Decrease|",
             "số hộ nghèo có chủ hộ là nữ|10%|%|Decrease|"],
            plan.Indicators.Select(i => $"{i.Name}|{i.Target}|{i.Unit}|{i.Direction}|{i.Year}"));
    }

    [Fact]
    public void Indicators_AreReadFromSentences()
    {
        var plan = Import("""
            II. CHỈ TIÊU
            - Tham mưu đạt chỉ tiêu tỷ lệ tử vong bà mẹ liên quan đến thai sản (giảm còn 50,45/100.000 trẻ sinh sống vào năm 2026). Chỉ tiêu 1 (Tỷ số giới tính khi sinh 114 bé trai/100 bé gái).
            - Phải có cán bộ nữ trong cấp ủy; tỷ lệ nữ cấp ủy viên các cấp đạt từ 20-25%; tỷ lệ nữ đại biểu Hội đồng nhân dân các cấp đạt trên 35%.
            - Giảm tỷ số giới tính khi sinh xuống còn 110 bé trai/100 bé gái.
            - Nội dung: tuyên truyền... đảm bảo có 80% cán bộ, công chức được nâng cao nhận thức về giới; 100% huyện tổ chức tuyên truyền.
            """);

        Assert.Equal(
            ["tỷ lệ tử vong bà mẹ liên quan đến thai sản|50,45/100.000|/100.000|Decrease|2026", "Tỷ số giới tính khi sinh|114 bé trai/100 bé gái|bé trai/100 bé gái|Unspecified|",
             "tỷ lệ nữ cấp ủy viên các cấp|20-25%|%|Increase|", "tỷ lệ nữ đại biểu Hội đồng nhân dân các cấp|trên 35%|%|Increase|",
             "tỷ số giới tính khi sinh|110 bé trai/100 bé gái|bé trai/100 bé gái|Decrease|",
             "cán bộ, công chức được nâng cao nhận thức về giới|80%|%|Increase|", "huyện tổ chức tuyên truyền|100%|%|Increase|"],
            plan.Indicators.Select(i => $"{i.Name}|{i.Target}|{i.Unit}|{i.Direction}|{i.Year}"));
    }

    [Fact]
    public void IndicatorTable_WithoutHeader_IsReadByPosition()
    {
        // Seed 003's appendix layout: name | unit | baseline | target | later target | responsible | note.
        var plan = Import("MỤC TIÊU, CHỈ TIÊU NĂM 2017\n\n- Chỉ tiêu 1: Tỷ lệ lao động được tạo việc làm mới.\t%\t44,5\t44,5\t40\tSở Lao động - Thương binh và Xã hội.\tDuy trì trong năm 2017\n"
            + "4. Mục tiêu 4: Sức khỏe\t\t\t\t\t\t\n- Chỉ tiêu 1: Tỷ số giới khi sinh\tTỷ số\t$\\frac{108}{102}$\t$\\frac{112}{100}$\t$\\frac{115}{100}$\tSở Y tế\t\n"
            + "- Chỉ tiêu 2: Giảm tỷ lệ phá thai\tTỷ số\t<u>86</u> 100.000\t<u>< 86</u> 100.000\t<u>25</u> 100.000\tSở Y tế\t\n");

        Assert.Equal(
            ["ct-0.1|44,5|44,5|Maintain|2017", "ct-4.1|108/102|112/100|Increase|2017", "ct-4.2|86/100.000|< 86/100.000|Decrease|2017"],
            plan.Indicators.Select(i => $"{i.Id}|{i.Baseline}|{i.Target}|{i.Direction}|{i.Year}"));
    }

    [Fact]
    public void RecipientsBesideTheSignature_AreSplitFromIt()
    {
        var plan = Import("Nơi nhận:\tKT. GIÁM ĐỐC\n- UBND tỉnh (b/c);\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\t\n\t(Đã ký)\n\tHoàng Thị Mai\n");

        Assert.Equal(["UBND tỉnh (b/c)", "Lưu: VT."], plan.Recipients.Select(r => r.Value));
        Assert.Equal(("KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Hoàng Thị Mai", 1), (plan.Signer?.Title, plan.Signer?.Name, plan.Signer?.Location.Line));
    }

    [Fact]
    public void MissingFields_AreNotedNotGuessed()
    {
        var plan = Import("KẾ HOẠCH\nTuyên truyền\n\n1. Việc thứ nhất\n");

        Assert.Null(plan.Number);
        Assert.Null(plan.IssueDate);
        Assert.Equal(string.Empty, plan.Issuer.Value);
        Assert.Equal(["number", "issue-date", "issuer", "level", "period", "legal-bases", "parent", "recipients", "signer"], plan.ImportNotes.Select(n => n.Field));
        Assert.All(plan.ImportNotes, n => Assert.Equal(1, n.Location.Line));
    }
}

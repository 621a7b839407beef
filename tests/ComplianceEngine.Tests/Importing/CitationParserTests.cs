using ComplianceEngine.Core.Importing;

namespace ComplianceEngine.Tests.Importing;

/// <summary>The citation grammar "&lt;type&gt; số &lt;symbol&gt; ngày &lt;date&gt; của &lt;issuer&gt; &lt;về …&gt;" and documents cited by name.</summary>
public sealed class CitationParserTests
{
    private static ParsedCitation Single(string text) => Assert.Single(CitationParser.Parse(text));

    private static string Describe(ParsedCitation c) => $"{c.Type} | {c.Number} | {c.Date} | {c.Issuer} | {c.Title}";

    [Theory]
    // Every symbol shape and spacing of SPEC §2, as the seeds write them.
    [InlineData("Kế hoạch số 350/KH- BYT ngày 05/4/2019 của Bộ Y tế", "Kế hoạch | 350/KH- BYT | 2019-04-05 | Bộ Y tế | ")]
    [InlineData("Công văn số 774/ SLĐT BXH- TEBĐG ngày 04/4/2019 của Ban vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa hướng dẫn hoạt động năm 2019",
        "Công văn | 774/ SLĐT BXH- TEBĐG | 2019-04-04 | Ban vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa | hướng dẫn hoạt động năm 2019")]
    [InlineData("Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới",
        "Chỉ thị | 21-CT/TW | 2018-01-20 | Ban Bí thư | về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới")]
    [InlineData("Nghị quyết số 11NQ/TW ngày 27/4/2007 của Bộ Chính trị", "Nghị quyết | 11NQ/TW | 2007-04-27 | Bộ Chính trị | ")]
    [InlineData("KH số 738/KH-UBND ngày 13/4/2016 của UBND tỉnh.", "Kế hoạch | 738/KH-UBND | 2016-04-13 | UBND tỉnh | ")]
    [InlineData("Nghị định số 56/2012/NĐ-CP ngày 16/7/2012 của Chính phủ quy định trách nhiệm của Bộ, ngành, UBND các cấp;",
        "Nghị định | 56/2012/NĐ-CP | 2012-07-16 | Chính phủ | quy định trách nhiệm của Bộ, ngành, UBND các cấp")]
    [InlineData("Luật số 73/2006/QH11 ngày 29/11/2006 của Quốc hội", "Luật | 73/2006/QH11 | 2006-11-29 | Quốc hội | ")]
    [InlineData("Thông tư số 191/2009/TT-BTC ngày 01/10/2009 của Bộ Tài chính tạo điều kiện", "Thông tư | 191/2009/TT-BTC | 2009-10-01 | Bộ Tài chính | ")]
    [InlineData("Chương trình số 35-CTr/TU ngày 27/8/2007 của Ban Thường vụ Tỉnh ủy Kon Tum", "Chương trình | 35-CTr/TU | 2007-08-27 | Ban Thường vụ Tỉnh ủy Kon Tum | ")]
    [InlineData("Hướng dẫn số 06/UBQG-VP ngày 10/2/2017 của Ủy ban quốc gia vì sự tiến bộ của phụ nữ Việt Nam về việc triển khai các hoạt động trọng tâm năm 2017;",
        "Hướng dẫn | 06/UBQG-VP | 2017-02-10 | Ủy ban quốc gia vì sự tiến bộ của phụ nữ Việt Nam | về việc triển khai các hoạt động trọng tâm năm 2017")]
    [InlineData("(Kèm theo Kế hoạch số 16/KH - BVSTBCPN, ngày 22/3/2017)", "Kế hoạch | 16/KH - BVSTBCPN | 2017-03-22 |  | ")]
    [InlineData("(Kèm theo Công văn số: /KH- BVSTBCPN ngày /4/2019)", "Công văn | /KH- BVSTBCPN | 2019-04 |  | ")]
    [InlineData("Tại Quyết định 1392/QĐ-LĐTBXH ngày 14/10/2016", "Quyết định | 1392/QĐ-LĐTBXH | 2016-10-14 |  | ")]
    [InlineData("Thông báo kết luận số 196-TB/TW ngày 16/3/2015 của Ban Bí thư về “tăng cường sự lãnh đạo của Đảng”.",
        "Thông báo | 196-TB/TW | 2015-03-16 | Ban Bí thư | về “tăng cường sự lãnh đạo của Đảng”")]
    [InlineData("Nghị quyết số 42-NQ/TW, ngày 30/11/2004 của Bộ Chính trị (khóa IX) và các văn bản liên quan", "Nghị quyết | 42-NQ/TW | 2004-11-30 | Bộ Chính trị (khóa IX) | ")]
    [InlineData("Kế hoạch số 101/KH-SYT ngày 20 tháng 4 năm 2026 của Sở Y tế tỉnh Lai Châu", "Kế hoạch | 101/KH-SYT | 2026-04-20 | Sở Y tế tỉnh Lai Châu | ")]
    // A wrong year stays wrong: the legal rules report it.
    [InlineData("Chỉ thị số 21-CT/TW ngày 20/01/1018 của Ban Bí thư Trung ương Đảng về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới.",
        "Chỉ thị | 21-CT/TW | 1018-01-20 | Ban Bí thư Trung ương Đảng | về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới")]
    public void NumberedCitation_IsReadPartByPart(string text, string expected) => Assert.Equal(expected, Describe(Single(text)));

    [Fact]
    public void PartyDirectiveWrittenAsStateSymbol_IsKeptAsWritten()
    {
        // "21/CT-TW" instead of "21-CT/TW": seed 001's defect, kept for the legal rules.
        var c = Single("Chỉ thị số 21/CT-TW ngày 20/01/2017 của Bộ Chính trị về tăng cường sự lãnh đạo của đảng đối với công tác phụ nữ trong tình hình mới;");

        Assert.Equal(("21/CT-TW", "2017-01-20", "Bộ Chính trị"), (c.Number, c.Date?.ToString(), c.Issuer));
    }

    [Fact]
    public void CitationsJoinedByVa_AreTwo()
    {
        var all = CitationParser.Parse("Thực hiện Kế hoạch số 350/KH- BYT ngày 05/4/2019 của Bộ Y tế và Công văn số 774/ SLĐT BXH- TEBĐG ngày 04/4/2019 của Ban vì sự tiến bộ của phụ nữ tỉnh Thanh Hóa hướng dẫn hoạt động vì sự tiến bộ của phụ nữ năm 2019, Sở Y tế Thanh Hóa xây dựng và ban hành kế hoạch");

        Assert.Equal(["350/KH- BYT", "774/ SLĐT BXH- TEBĐG"], all.Select(c => c.Number));
        Assert.Equal("hướng dẫn hoạt động vì sự tiến bộ của phụ nữ năm 2019", all[1].Title); // ends before the main clause ", Sở Y tế … xây dựng"
    }

    [Fact]
    public void CitationInsideAnotherTitle_IsListedToo_WithItsOwnTitleEndingBeforeTheOuterSubject()
    {
        var all = CitationParser.Parse("Kế hoạch số 135/KH-UBND ngày 05/7/2018 của UBND tỉnh về thực hiện Chỉ thị số 21/CT-TW ngày 20/01/2018 của Bộ Chính trị về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới trên địa bàn tỉnh Thanh Hóa; Quyết định …");

        Assert.Equal(2, all.Count);
        Assert.EndsWith("trên địa bàn tỉnh Thanh Hóa", all[0].Title, StringComparison.Ordinal);
        Assert.Equal("về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới", all[1].Title);
    }

    [Theory]
    [InlineData("tuyên truyền Luật Bình đẳng giới, Luật Phòng, chống bạo lực gia đình; Thông tri", "Luật Bình đẳng giới|Luật Phòng, chống bạo lực gia đình")]
    [InlineData("tổng kết 10 năm thực hiện Luật BĐG trên địa bàn tỉnh", "Luật BĐG")]
    [InlineData("phổ biến Luật Phòng, chống bạo lực gia đình cho viên chức", "Luật Phòng, chống bạo lực gia đình")]
    [InlineData("các mục tiêu Chiến lược quốc gia về Bình đẳng giới giai đoạn 2011- 2020 và Chương trình hành động vì bình đẳng giới tỉnh Thanh Hóa giai đoạn 2016 - 2020.",
        "Chiến lược quốc gia về Bình đẳng giới giai đoạn 2011- 2020|Chương trình hành động vì bình đẳng giới tỉnh Thanh Hóa giai đoạn 2016 - 2020")]
    [InlineData("Thực hiện Chiến lược quốc gia về BĐG; Đề án “Phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2016-2020 và tầm nhìn đến năm 2030”.",
        "Chiến lược quốc gia về BĐG|Đề án “Phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2016-2020 và tầm nhìn đến năm 2030”")]
    [InlineData("thực hiện Đề án phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2016 - 2020, tầm nhìn đến năm 2030, đánh giá",
        "Đề án phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2016 - 2020, tầm nhìn đến năm 2030")]
    [InlineData("Năm 2020 là năm hoàn thành Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020, năm tổ chức", "Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020")]
    // A lower-case strategy counts only with its period ("giai đoạn …"); a generic one does not.
    [InlineData("các chỉ tiêu của kế hoạch thực hiện chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030.", "chiến lược quốc gia về bình đẳng giới giai đoạn 2026-2030")]
    [InlineData("triển khai hiệu quả chiến lược quốc gia về bình đẳng giới và các chương trình", "")]
    public void DocumentCitedByName_IsFoundWithItsNameAsWritten(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', CitationParser.Parse(text).Where(c => c.IsNamed).Select(c => c.Title)));

    [Theory]
    // The document a decision approves is that decision: not listed apart.
    [InlineData("Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về bình đẳng giới giai đoạn 2016-2020;")]
    // Documents the plan asks to be written are not citations.
    [InlineData("Tổ chức đánh giá, tổng kết và tham mưu, xây dựng chương trình hành động vì bình đẳng giới giai đoạn 2021 - 2030; Đề án phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2020 - 2025.")]
    // A kind of document, not one document.
    [InlineData("bố trí kế hoạch vốn cho các Dự án, Chương trình Quốc gia về bình đẳng giới thành phố Hà Nội năm 2018 và giai đoạn 2016-2020")]
    [InlineData("căn cứ Chương trình công tác này; Kế hoạch năm 2018; kế hoạch phát triển kinh tế - xã hội")]
    public void NotADocumentCitedByName(string text) => Assert.DoesNotContain(CitationParser.Parse(text), c => c.IsNamed);

    [Theory]
    // A congress resolution is named by its congress: its session ("lần thứ …") and term ("nhiệm kỳ …").
    [InlineData("Căn cứ Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 và các văn bản có liên quan;",
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025")]
    [InlineData("triển khai Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ 9; tuyên truyền", "Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ 9")]
    [InlineData("thực hiện Nghị quyết Đại hội Đoàn thanh niên xã nhiệm kỳ 2022-2027.", "Nghị quyết Đại hội Đoàn thanh niên xã nhiệm kỳ 2022-2027")]
    // Congresses in general, with neither session nor term, are not one document.
    [InlineData("đưa Nghị quyết đại hội phụ nữ các cấp vào cuộc sống.", "")]
    // A national target programme is named by its subject, "và" inside the subject included.
    [InlineData("nguồn vốn của Chương trình mục tiêu quốc gia giảm nghèo bền vững và an sinh xã hội vùng cao.",
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững và an sinh xã hội vùng cao")]
    [InlineData("lồng ghép Chương trình mục tiêu quốc gia xây dựng nông thôn mới kiểu mẫu, Đề án",
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới kiểu mẫu")]
    [InlineData("lồng ghép Chương trình mục tiêu quốc gia về việc làm và dạy nghề và Kế hoạch năm 2024",
        "Chương trình mục tiêu quốc gia về việc làm và dạy nghề")]
    public void DocumentCitedByNameOnly_OfOtherKinds_IsFound(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', CitationParser.Parse(text).Where(c => c.IsNamed).Select(c => c.Title)));

    [Fact]
    public void DecisionInParenthesesAfterAProgramme_TakesTheProgrammeAsItsSubject()
    {
        var all = CitationParser.Parse("4.1. Chương trình Truyền thông về bình đẳng giới đến năm 2030 (Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ)");

        var c = Assert.Single(all);
        Assert.Equal(("1790/QĐ-TTg", "Thủ tướng Chính phủ", "Chương trình Truyền thông về bình đẳng giới đến năm 2030"), (c.Number, c.Issuer, c.Title));
        Assert.Equal("Quyết định số 1790/QĐ-TTg ngày 23/10/2021 của Thủ tướng Chính phủ", c.Raw);
    }

    [Fact]
    public void DecisionAfterTheo_TakesTheNamedSubjectBeforeIt()
    {
        var c = Single("Triển khai, thực hiện biện pháp đảm bảo bình đẳng giới đối với nữ cán bộ, công chức, viên chức giai đoạn 2016- 2020 theo Quyết định số 515/QĐ-TTg ngày 31/3/2016 của Thủ tướng Chính phủ, trên cơ sở rà soát");

        Assert.Equal("biện pháp đảm bảo bình đẳng giới đối với nữ cán bộ, công chức, viên chức giai đoạn 2016- 2020", c.Title);
    }

    [Fact]
    public void CitationBrokenAcrossALine_IsOneCitation()
    {
        // Seed 001 l. 23-25: "… ngày" / "20/11/2012 …" joined by the paragraph assembly with one space.
        var c = Single("Chỉ thị số 11-CT/TU ngày 20/11/2012 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của đảng đối với công tác bình đẳng giới giai đoạn 2012 - 2020; Kế");

        Assert.Equal(("2012-11-20", "Ban Thường vụ Tỉnh ủy"), (c.Date?.ToString(), c.Issuer));
    }

    [Theory]
    [InlineData("giai đoạn 2016-2020")]
    [InlineData("Kế hoạch 2016-2020")]
    [InlineData("QĐ-TTg ngày 20/10/2021")]
    [InlineData("ngày 8/3, 20/10 và 25/11")]
    public void TextWithoutACitation_GivesNone(string text) => Assert.Empty(CitationParser.Parse(text));

    [Theory]
    // A law cited by name keeps the number, date or year written after the name (own examples).
    [InlineData("Căn cứ Luật Trẻ em số 102/2016/QH13 ngày 05/4/2016;", "Luật | 102/2016/QH13 | 2016-04-05 |  | Luật Trẻ em")]
    [InlineData("Căn cứ Luật Hôn nhân và gia đình ngày 19 tháng 6 năm 2014;", "Luật |  | 2014-06-19 |  | Luật Hôn nhân và gia đình")]
    [InlineData("Căn cứ Luật Phòng, chống bạo lực gia đình năm 2022;", "Luật |  |  |  | Luật Phòng, chống bạo lực gia đình")] // the year stays in the raw text
    [InlineData("tuyên truyền Luật Người cao tuổi 2009 tại thôn", "Luật |  |  |  | Luật Người cao tuổi")]
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019;",
        "Luật |  | 2019-11-25 |  | Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức")]
    public void LawCitedByName_KeepsItsNumberAndDate(string text, string expected) => Assert.Equal(expected, Describe(Single(text)));

    [Fact]
    public void LawCitedByNameAndYear_KeepsTheYearInItsRawText() =>
        Assert.Equal("Luật Trẻ em năm 2016", Single("Căn cứ Luật Trẻ em năm 2016;").Raw);

    [Theory]
    // Scrape artifacts: a type word glued to "số", stray spaces around separators (own numbers).
    [InlineData("Thực hiện Kế hoạchsố 19/KH-UBND ngày 02/02/2025 của UBND huyện Ba Bể;", "Kế hoạch | 19/KH-UBND | 2025-02-02 | UBND huyện Ba Bể | ")]
    [InlineData("Quyết định số 88/QĐ- UBND ngày 10/01/2025 của UBND tỉnh Bắc Kạn về việc kiện toàn Ban", "Quyết định | 88/QĐ- UBND | 2025-01-10 | UBND tỉnh Bắc Kạn | về việc kiện toàn Ban")]
    [InlineData("Chỉ thị số 05 - CT/TU ngày 03/5/2021 của Ban Thường vụ Tỉnh ủy", "Chỉ thị | 05 - CT/TU | 2021-05-03 | Ban Thường vụ Tỉnh ủy | ")]
    [InlineData("Nghị định 56-NĐ/CP ngày 16/7/2012 của Chính phủ", "Nghị định | 56-NĐ/CP | 2012-07-16 | Chính phủ | ")]
    // The issuer ends where the title begins.
    [InlineData("Công văn số 310/SYT-NVY ngày 04/3/2025 của Sở Y tế ban hành hướng dẫn", "Công văn | 310/SYT-NVY | 2025-03-04 | Sở Y tế | ban hành hướng dẫn")]
    public void ScrapeArtifact_IsReadAsTheCitation(string text, string expected) => Assert.Equal(expected, Describe(Single(text)));

    [Fact]
    public void ListOfDocumentsOfOneKindAndIssuer_GivesEachItemThatKindAndIssuer()
    {
        // "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 1464/QĐ-TTg …; số 1898/QĐ-TTg …" (own example).
        var citations = CitationParser.Parse("Căn cứ các Quyết định của Thủ tướng Chính phủ: số 1464/QĐ-TTg ngày 22/7/2016 phê duyệt Đề án phòng ngừa bạo lực; số 1898/QĐ-TTg ngày 28/11/2017 phê duyệt Đề án hỗ trợ vùng dân tộc thiểu số;");

        Assert.Equal(
            ["Quyết định | 1464/QĐ-TTg | 2016-07-22 | Thủ tướng Chính phủ | phê duyệt Đề án phòng ngừa bạo lực", "Quyết định | 1898/QĐ-TTg | 2017-11-28 | Thủ tướng Chính phủ | phê duyệt Đề án hỗ trợ vùng dân tộc thiểu số"],
            citations.Where(c => c.Number is not null).Select(Describe));
    }
}

using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Importing.Grammar;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Tests.Importing;

/// <summary>
/// What a task is, who it is assigned to and when, on small constructed documents (invented district "Hòa Vân Thượng",
/// invented units and dates): one test per mechanism of <see cref="TaskTreeReader"/>, <see cref="TaskReferences"/> and
/// <see cref="TimePhrases"/>.
/// </summary>
public sealed class TaskGrammarTests
{
    private static Plan Import(string text) => MarkdownPlanImporter.Import(text, "doc.md", "doc");

    private static string Leads(PlanTask t) =>
        string.Join(" | ", t.AssignedTo.Count > 0 ? t.AssignedTo : t.LeadUnit is null ? [] : [t.LeadUnit.Value]);

    [Fact]
    public void BodyWithLetteredDuties_GivesOneTaskPerDutyWithItsOwnTimeline()
    {
        // "2. Sở Nông nghiệp" (Department of Agriculture) over duties a) b): two tasks IV.2.a, IV.2.b assigned to it.
        var plan = Import("""
            IV. TỔ CHỨC THỰC HIỆN
            1. Sở Nông nghiệp
            a) Tập huấn cho nữ nông dân về kỹ thuật trồng chè; hoàn thành trong quý III/2027.
            b) Phối hợp Sở Công Thương hỗ trợ hợp tác xã do phụ nữ làm chủ trước ngày 30/9/2027.
            2. Sở Xây dựng: Rà soát nhà vệ sinh tại các công trình công cộng; thời gian: cả năm 2027.
            """);

        Assert.Equal(["IV.1.a", "IV.1.b", "IV.2"], plan.Tasks.Select(t => t.Id));
        var a = plan.Tasks[0];
        var b = plan.Tasks[1];
        Assert.Equal(("Sở Nông nghiệp", "hoàn thành trong quý III/2027", TaskKind.Assignment), (a.LeadUnit?.Value, a.Timeline?.Value, a.Kind));
        Assert.Equal(("Sở Nông nghiệp", "Sở Công Thương", "trước ngày 30/9/2027"), (b.LeadUnit?.Value, string.Join(", ", b.SupportingUnits), b.Timeline?.Value));
        Assert.Equal(("Sở Xây dựng", "cả năm 2027"), (plan.Tasks[2].LeadUnit?.Value, plan.Tasks[2].Timeline?.Value));
    }

    [Fact]
    public void ItemsIntroducedByAnItemWord_AreTasksNumberedByTheirNumber()
    {
        // "Hoạt động 1." / "Nhiệm vụ 2:" read like "1." / "2.": one task each, id = the number.
        var plan = Import("""
            II. NỘI DUNG
            Hoạt động 1. Mở lớp dạy bơi miễn phí cho trẻ em gái tại xã Hòa Vân Thượng. Thời gian: tháng 6/2027.
            Nhiệm vụ 2: Khảo sát số phụ nữ làm chủ cơ sở chế biến nông sản; hoàn thành trước ngày 15/10/2027.
            """);

        Assert.Equal(["1", "2"], plan.Tasks.Select(t => t.Id));
        Assert.Equal(("1.", "tháng 6/2027"), (plan.Tasks[0].Number, plan.Tasks[0].Timeline?.Value));
        Assert.StartsWith("Mở lớp dạy bơi", plan.Tasks[0].Title, StringComparison.Ordinal);
        Assert.Equal("hoàn thành trước ngày 15/10/2027", plan.Tasks[1].Timeline?.Value);
    }

    [Fact]
    public void BulletsUnderABodysItemEachWithItsOwnTime_AreSeparateDutiesOfThatBody()
    {
        // "3. UBND các xã:" over a "-" duty and "+" duties, each dated: three tasks 3#1..3#3, all assigned to that body.
        var plan = Import("""
            IV. TỔ CHỨC THỰC HIỆN
            3. UBND các xã:
            - Lập danh sách phụ nữ đơn thân cần hỗ trợ sinh kế, gửi Phòng Nội vụ trước ngày 20/3/2027.
            + Tổ chức đối thoại với nữ lao động di cư trở về địa phương trong quý II/2027.
            + Gửi báo cáo kết quả thực hiện về UBND huyện trước ngày 05/12/2027.
            4. Phòng Tài chính: Bố trí kinh phí thực hiện kế hoạch; thời gian: tháng 01/2027.
            """);

        Assert.Equal(["IV.3#1", "IV.3#2", "IV.3#3", "IV.4"], plan.Tasks.Select(t => t.Id));
        Assert.All(plan.Tasks.Take(3), t => Assert.Equal("UBND các xã", Leads(t)));
        Assert.Equal(
            ["trước ngày 20/3/2027", "trong quý II/2027", "trước ngày 05/12/2027"],
            plan.Tasks.Take(3).Select(t => t.Timeline?.Value ?? string.Empty));
    }

    [Fact]
    public void UndatedBulletsUnderABodysItem_StayOneTask()
    {
        var plan = Import("""
            IV. TỔ CHỨC THỰC HIỆN
            3. UBND các xã:
            - Lập danh sách phụ nữ đơn thân cần hỗ trợ sinh kế ở từng thôn.
            - Tổ chức đối thoại với nữ lao động di cư trở về địa phương.
            """);

        Assert.Equal(["IV.3"], plan.Tasks.Select(t => t.Id));
    }

    [Fact]
    public void ShortHeadingOverSubItems_IsNotATask_AndEachSubItemNamesItsLead()
    {
        var plan = Import("""
            III. NHIỆM VỤ VÀ GIẢI PHÁP
            1. Truyền thông
            a) Phòng VH-TT chủ trì, phối hợp Trung tâm Văn hóa huyện đưa tin trên loa phát thanh; thời gian: cả năm 2027.
            b) Phòng Y tế, TTYT huyện tổ chức nói chuyện tại trường học. Thời gian: quý II/2027.
            """);

        Assert.Equal(["1.a", "1.b"], plan.Tasks.Select(t => t.Id));
        Assert.Equal(("Phòng VH-TT", "Trung tâm Văn hóa huyện"), (plan.Tasks[0].LeadUnit?.Value, string.Join(", ", plan.Tasks[0].SupportingUnits)));
        Assert.Equal("Phòng Y tế | TTYT huyện", Leads(plan.Tasks[1]));
        Assert.Equal("quý II/2027", plan.Tasks[1].Timeline?.Value);
    }

    [Fact]
    public void SectionTitlesNumberedInAShortPlan_AreNotTasks_AndBulletsUnderTheImplementationTitleAreSeparateAssignments()
    {
        var plan = Import("""
            UBND xã Hòa Vân Thượng xây dựng kế hoạch như sau:
            1. Mục đích
            Nâng cao hiểu biết của người dân về bình đẳng giới.
            2. Thời gian: từ ngày 15/11 đến ngày 15/12/2027.
            3. Nội dung hoạt động
            a) Treo 03 băng rôn tại chợ xã. Đoàn Thanh niên xã thực hiện, xong trước ngày 12/11/2027.
            b) Tổ chức thi tìm hiểu pháp luật cho hội viên, dự kiến ngày 28/11/2027.
            4. Tổ chức thực hiện
            - Công chức Văn hóa - Xã hội tổng hợp, báo cáo UBND huyện trước ngày 18/12/2027.
            - Đề nghị Hội Nông dân xã, Hội Cựu chiến binh xã vận động hội viên tham gia.
            """);

        Assert.Equal(["3.a", "3.b", "4#1", "4#2"], plan.Tasks.Select(t => t.Id));
        Assert.Equal(("Đoàn Thanh niên xã", "xong trước ngày 12/11/2027"), (plan.Tasks[0].LeadUnit?.Value, plan.Tasks[0].Timeline?.Value));
        Assert.Null(plan.Tasks[1].LeadUnit);
        Assert.Equal(("Công chức Văn hóa - Xã hội", TaskKind.Assignment), (plan.Tasks[2].LeadUnit?.Value, plan.Tasks[2].Kind));
        Assert.Equal(("Hội Nông dân xã | Hội Cựu chiến binh xã", TaskKind.Request), (Leads(plan.Tasks[3]), plan.Tasks[3].Kind));
    }

    [Fact]
    public void ReferenceFromABodysDuty_AssignsTheReferencedTasks()
    {
        var plan = Import("""
            III. NHIỆM VỤ
            1. Hỗ trợ sinh kế cho phụ nữ vùng cao; thời gian: cả năm 2027.
            2. Phòng, chống mua bán người qua biên giới; thời gian: thường xuyên.
            IV. TỔ CHỨC THỰC HIỆN
            1. Sở Nội vụ
            a) Chủ trì thực hiện nhiệm vụ tại điểm 1 Mục III; thời gian: cả năm 2027.
            2. Đề nghị Hội Liên hiệp Phụ nữ tỉnh: Chủ trì thực hiện nhiệm vụ tại điểm 2 Mục III; phối hợp với Sở Nội vụ thực hiện điểm 1 Mục III.
            """);

        var first = plan.Tasks.Single(t => t.Id == "1");
        var second = plan.Tasks.Single(t => t.Id == "2");
        Assert.Equal(("Sở Nội vụ", "Hội Liên hiệp Phụ nữ tỉnh"), (first.LeadUnit?.Value, string.Join(", ", first.SupportingUnits)));
        Assert.Equal("Hội Liên hiệp Phụ nữ tỉnh", second.LeadUnit?.Value);
        Assert.Equal(TaskKind.Request, plan.Tasks.Single(t => t.Id == "IV.2").Kind);
    }

    [Fact]
    public void DutyOfTheIssuersOwnOffices_IsInternal()
    {
        var plan = Import("""
            IV. TỔ CHỨC THỰC HIỆN
            1. Các khoa, phòng triển khai nội dung được giao; báo cáo về Phòng Điều dưỡng trước ngày 25/5/2027.
            """);

        Assert.Equal(TaskKind.Internal, Assert.Single(plan.Tasks).Kind);
    }

    [Fact]
    public void LabelledLineInAnotherWording_GivesTimelineAndLead()
    {
        var plan = Import("""
            II. NỘI DUNG
            1. Khảo sát nhu cầu nhà tạm lánh
            - Phụ trách: Phòng Công tác xã hội.
            - Hạn hoàn thành: trước ngày 31/8/2027.
            """);

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(("Phòng Công tác xã hội", "trước ngày 31/8/2027"), (task.LeadUnit?.Value, task.Timeline?.Value));
    }

    [Fact]
    public void TimelineThatPointsToTheText_TakesTheDatesOfTheText()
    {
        var plan = Import("""
            II. NỘI DUNG
            1. Hưởng ứng ngày Gia đình Việt Nam
            - Nội dung: Tổ chức hội thi ngày 28/6 và tọa đàm từ ngày 01/7 đến ngày 05/7/2027.
            - Đơn vị thực hiện: Công đoàn cơ sở.
            - Thời gian: Theo các mốc nêu trên.
            """);

        Assert.Equal("Theo các mốc nêu trên (từ ngày 01/7 đến ngày 05/7/2027; 28/6)", Assert.Single(plan.Tasks).Timeline?.Value);
    }

    [Fact]
    public void TableHeaderSplitOverTwoLines_IsOneHeader_AndItsColumnsAssign()
    {
        // "Đơn vị / chủ trì" and "Đơn vị / phối hợp" written on two lines of the table.
        var plan = Import("II. NHIỆM VỤ\nSTT\tNội dung\tĐơn vị\tĐơn vị\tThời gian\n\t\tchủ trì\tphối hợp\thoàn thành\n"
            + "1\tKhảo sát nhu cầu nhà tạm lánh\tPhòng Công tác xã hội\tKhoa Nhi\tQuý III/2027\n");

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(("1", "Phòng Công tác xã hội", "Khoa Nhi", "Quý III/2027"), (task.Id, task.LeadUnit?.Value, string.Join(", ", task.SupportingUnits), task.Timeline?.Value));
    }

    [Fact]
    public void TableLeadCellNamingBodiesBetweenSemicolons_AssignsEveryBody()
    {
        var plan = Import("II. NHIỆM VỤ\nSTT\tNội dung\tĐơn vị chủ trì\tThời gian\n"
            + "1\tRà soát chế độ thai sản của nữ viên chức\tCác phòng, ban chuyên môn; UBND các xã, thị trấn\tQuý II/2027\n");

        var task = Assert.Single(plan.Tasks);
        Assert.Equal("Các phòng, ban chuyên môn | UBND các xã, thị trấn", string.Join(" | ", task.AssignedTo));
        Assert.Null(task.LeadUnit);
    }

    [Theory]
    [InlineData("Phòng VH-TT, TTYT huyện", "Phòng VH-TT|TTYT huyện")]
    [InlineData("Phòng Văn hóa - Thông tin, Công an huyện", "Phòng Văn hóa - Thông tin|Công an huyện")]
    public void UnitList_SplitsAtUnitNamesOnly(string phrase, string expected)
    {
        Assert.Equal(expected, string.Join("|", UnitListParser.Split(phrase)));
    }

    [Theory]
    [InlineData("Treo băng rôn; thời gian: quý IV/2027.", "quý IV/2027")]
    [InlineData("Gửi báo cáo 6 tháng trước ngày 12/6/2027, báo cáo năm trước ngày 12/11/2027.", "trước ngày 12/6/2027; trước ngày 12/11/2027")]
    [InlineData("Thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư.", null)]
    [InlineData("Gặp mặt nhân ngày 8/3 và 20/10.", "8/3; 20/10")]
    [InlineData("Cập nhật số liệu trước ngày 10 hằng tháng.", "trước ngày 10 hằng tháng")]
    public void TimePhrases_FindTheTimeOfAnItem(string text, string? expected)
    {
        Assert.Equal(expected, TimePhrases.Join(text));
    }
}

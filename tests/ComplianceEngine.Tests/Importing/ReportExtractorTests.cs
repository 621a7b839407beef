using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Time;

namespace ComplianceEngine.Tests.Importing;

/// <summary>
/// Reporting duties read from small documents written for these tests (constructed, in our own words): the kind of each
/// report (rules/catalogs/report-kinds.yaml), its due date as written, whether it recurs, and where it goes.
/// </summary>
public sealed class ReportExtractorTests
{
    private static Plan Import(string body) => MarkdownPlanImporter.Import("II. NỘI DUNG\n" + body + "\n", "doc.md", "doc");

    private static IEnumerable<string> Facts(Plan plan) =>
        plan.Reports.Select(r => $"{r.Kind}|{r.Due.Value}|{r.Recurring}|{r.Recipient}");

    [Fact]
    public void OneSentenceWithTwoDeadlines_GivesTwoReportsWithTheirOwnKindAndDue()
    {
        // "The culture office compiles and reports to the town (through its home-affairs office): six-month report before 12/6/2025; annual report before 03/11."
        var plan = Import("1. Phòng Văn hóa tổng hợp, báo cáo UBND thị xã (qua Phòng Nội vụ): báo cáo 6 tháng trước ngày 12/6/2025; báo cáo năm trước 03/11.");

        Assert.Equal(
            ["SixMonth|trước ngày 12/6/2025|False|UBND thị xã (qua Phòng Nội vụ)", "Annual|trước 03/11|False|UBND thị xã (qua Phòng Nội vụ)"],
            Facts(plan));
    }

    [Fact]
    public void DueWithoutYear_IsKeptAsWrittenAndResolvedWithThePlansYear()
    {
        var plan = Import("1. Các khoa gửi báo cáo năm về Phòng Kế hoạch trước 03/11.");

        var due = TimeExpressionParser.Parse(Assert.Single(plan.Reports).Due.Value, 2025).Value;

        Assert.Equal(("trước 03/11", new DateOnly(2025, 11, 3)), (plan.Reports[0].Due.Value, due?.End));
    }

    [Fact]
    public void MonthlyDeadline_IsARecurringStatisticsReturn()
    {
        // "The commune clinics count and report the number of counselling cases to the district health centre before the 5th of every month."
        var plan = Import("1. Trạm y tế các xã thống kê, báo cáo số ca tư vấn về Trung tâm Y tế huyện trước ngày 5 hằng tháng.");

        Assert.Equal(["Statistics|trước ngày 5 hằng tháng|True|Trung tâm Y tế huyện"], Facts(plan));
    }

    [Fact]
    public void ResultOfTheActionMonth_IsAnEventReport()
    {
        // "Villages hold activities for the Action Month; report the results to the commune before 16/12/2025."
        var plan = Import("1. Các thôn tổ chức hoạt động hưởng ứng Tháng hành động; báo cáo kết quả về Ủy ban nhân dân xã trước ngày 16/12/2025.");

        Assert.Equal(["Event|trước ngày 16/12/2025|False|Ủy ban nhân dân xã"], Facts(plan));
    }

    [Fact]
    public void PlanSentUp_IsAPlanSubmissionReport()
    {
        // "Communes draw up their 2025 plan; send it to the home-affairs office before 25/4/2025."
        var plan = Import("1. Các xã xây dựng kế hoạch năm 2025 của xã; gửi về Phòng Nội vụ trước ngày 25/4/2025.");

        var report = Assert.Single(plan.Reports);
        Assert.Equal((ReportKind.Plan, "kế hoạch năm 2025 của xã", "trước ngày 25/4/2025", "Phòng Nội vụ"), (report.Kind, report.Title, report.Due.Value, report.Recipient));
    }

    [Fact]
    public void PlanNobodySends_IsATaskDeadlineNotAReport()
    {
        // "Advise the district to issue a communication plan before 15/10/2025; compile and report results to the department before 19/12/2025."
        var plan = Import("1. Phòng Nội vụ tham mưu UBND huyện ban hành kế hoạch truyền thông trước ngày 15/10/2025; tổng hợp, báo cáo kết quả về Sở Nội vụ trước ngày 19/12/2025.");

        Assert.Equal(["Annual|trước ngày 19/12/2025|False|Sở Nội vụ"], Facts(plan));
    }

    [Fact]
    public void LabelBeforeAColon_NamesWhatIsDue()
    {
        var plan = Import("1. Chế độ báo cáo\n- Báo cáo sơ kết: trước ngày 08/6/2025; báo cáo tổng kết: trước ngày 06/11/2025.");

        Assert.Equal(["SixMonth|trước ngày 08/6/2025", "Annual|trước ngày 06/11/2025"], plan.Reports.Select(r => $"{r.Kind}|{r.Due.Value}"));
    }

    [Fact]
    public void OneDeliverableWithTwoDeadlines_IsNamedByItsSeason()
    {
        // "Departments report to the nursing office before 28/5/2025 and before 28/10/2025."
        var plan = Import("1. Các khoa báo cáo về Phòng Điều dưỡng trước ngày 28/5/2025 và trước ngày 28/10/2025.");

        Assert.Equal(["SixMonth|trước ngày 28/5/2025|False|Phòng Điều dưỡng", "Annual|trước ngày 28/10/2025|False|Phòng Điều dưỡng"], Facts(plan));
    }

    [Fact]
    public void TableRowWithLabelledDeadlines_TakesWhatAndWhereFromItsContentCell()
    {
        var plan = MarkdownPlanImporter.Import(
            "III. NHIỆM VỤ\nTT\tNội dung\tChủ trì\tThời gian\n"
            + "1\tBáo cáo 6 tháng, báo cáo năm gửi Sở Nội vụ (qua Phòng Văn thư)\tVăn phòng\t6 tháng: trước ngày 07/6/2025; năm: trước ngày 07 tháng 11 năm 2025\n",
            "doc.md", "doc");

        Assert.Equal(
            ["SixMonth|trước ngày 07/6/2025|Sở Nội vụ (qua Phòng Văn thư)", "Annual|trước ngày 07 tháng 11 năm 2025|Sở Nội vụ (qua Phòng Văn thư)"],
            plan.Reports.Select(r => $"{r.Kind}|{r.Due.Value}|{r.Recipient}"));
    }

    [Fact]
    public void DataPeriodInBrackets_IsNotALabel()
    {
        // "annual report before 14/11/2025 (data counted from 15/11/2024 to 14/11/2025)".
        var plan = Import("1. Các phòng gửi báo cáo năm về Văn phòng trước ngày 14/11/2025 (số liệu tính từ ngày 15/11/2024 đến ngày 14/11/2025).");

        var report = Assert.Single(plan.Reports);
        Assert.Equal((ReportKind.Annual, "báo cáo năm", "Văn phòng"), (report.Kind, report.Title, report.Recipient));
    }

    [Fact]
    public void PurposeClause_IsNotWhereTheReportGoes()
    {
        // "… the six-month report before 08/6/2025 so that (the office) compiles and reports to the district".
        var plan = Import("1. Các xã gửi kế hoạch về Phòng Nội vụ trước ngày 20/3/2025; báo cáo 6 tháng trước ngày 08/6/2025 để tổng hợp, báo cáo UBND huyện.");

        Assert.Equal(["Plan|trước ngày 20/3/2025|False|Phòng Nội vụ", "SixMonth|trước ngày 08/6/2025|False|Phòng Nội vụ"], Facts(plan));
    }

    [Fact]
    public void DataDueWithinAPeriod_IsAReportDueByItsLastDay()
    {
        // "The home-affairs department compiles data on women leaders and reports to the province in the last six months of 2025."
        var plan = Import("1. Sở Nội vụ tổng hợp số liệu nữ lãnh đạo các cấp, báo cáo UBND tỉnh trong 6 tháng cuối năm 2025.");

        var report = Assert.Single(plan.Reports);
        Assert.Equal((ReportKind.Statistics, "trong 6 tháng cuối năm 2025", "UBND tỉnh"), (report.Kind, report.Due.Value, report.Recipient));
        Assert.Equal(new DateOnly(2025, 12, 31), TimeExpressionParser.Parse(report.Due.Value, 2025).Value?.End);
    }

    [Fact]
    public void SubjectOfTheClause_SendsTheReport()
    {
        // "Reporting: the departments and the commune councils send their reports to the home-affairs department: six-month before 09/6/2025."
        var plan = Import("1. Chế độ báo cáo: Các sở, ban, ngành, UBND các xã gửi báo cáo về Sở Nội vụ: báo cáo 6 tháng trước ngày 09/6/2025.");

        var report = Assert.Single(plan.Reports);
        Assert.Equal((ReportKind.SixMonth, "Sở Nội vụ", "Các sở, ban, ngành|UBND các xã"), (report.Kind, report.Recipient, string.Join('|', report.From)));
    }

    [Fact]
    public void KindAndRecurrence_SurviveTheYamlRoundTrip()
    {
        var plan = Import("1. Trạm y tế các xã thống kê, báo cáo số ca tư vấn về Trung tâm Y tế huyện trước ngày 5 hằng tháng; các thôn báo cáo kết quả Tháng hành động về Ủy ban nhân dân xã trước ngày 16/12/2025.");

        var loaded = ComplianceEngine.Tests.Support.PlanText.Load(PlanYamlWriter.Write(plan));

        Assert.Equal(["Statistics|True", "Event|False"], loaded.Reports.Select(r => $"{r.Kind}|{r.Recurring}"));
    }

    [Fact]
    public void ReportingOfficer_IsNotAReport()
    {
        // "báo cáo viên" is a person (a legal-education speaker), not something to send.
        var plan = Import("1. Tập huấn cho báo cáo viên pháp luật của huyện trước ngày 30/6/2025.");

        Assert.Empty(plan.Reports);
    }

    [Fact]
    public void RecipientThroughAnOffice_SplitsIntoAddresseeAndOffice()
    {
        Assert.Equal(("UBND tỉnh", "Sở Nội vụ"), ReportRecipient.Split("UBND tỉnh (qua Sở Nội vụ)"));
        Assert.Equal(("Sở Y tế", (string?)null), ReportRecipient.Split("Sở Y tế"));
    }
}

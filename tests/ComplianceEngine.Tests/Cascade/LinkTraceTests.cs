using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Cascade;

/// <summary>
/// The derived facts of one cascade link and the rules that read them, on constructed plans written in the test (a made-up
/// province "Hòa Bình Xanh" and its units): reports paired by kind, indicators by measure, the parent chosen among
/// citations, applicability, and the severity that follows how sure the engine is.
/// </summary>
public sealed class LinkTraceTests
{
    private static Plan Province(string extra, string source = "ubnd-tinh.txt") => PlanText.Load(PlanText.Minimal(
        id: "tinh", number: "70/KH-UBND", date: "2026-02-10", level: "province", issuer: "UBND tỉnh Lai Châu",
        extra: $"source: {source}\n" + extra), "tinh.yaml");

    private static Plan Department(string extra, string cited = "70/KH-UBND", string citedDate = "2026-02-10", string title = "Kế hoạch thử") =>
        PlanText.Load(PlanText.Minimal(id: "syt", number: "33/KH-SYT", date: "2026-03-05", level: "department", issuer: "Sở Y tế tỉnh Lai Châu",
            extra: $$"""
            source: so-y-te.txt
            legal_bases:
              - type: Kế hoạch
                number: "{{cited}}"
                date: "{{citedDate}}"
                raw: Kế hoạch số {{cited}} của UBND tỉnh
            """ + "\n" + extra).Replace("title: Kế hoạch thử", "title: " + title), "syt.yaml");

    [Fact]
    public void LateSixMonthReport_PairedByKind_IsAnErrorOnTheChildReport()
    {
        var parent = Province("""
            reports:
              - { id: r1, title: Báo cáo 6 tháng, kind: six-month, due: trước ngày 12/6/2026 }
              - { id: r2, title: Báo cáo năm, kind: annual, due: trước ngày 12/11/2026 }
            """);
        var child = Department("""
            reports:
              - { id: a, title: Báo cáo 6 tháng, kind: six-month, due: trước ngày 18/6/2026 }
              - { id: b, title: Báo cáo năm, kind: annual, due: trước 12/11 }
            """);

        var finding = Assert.Single(RuleHarness.Findings("CE-C003", parent, child));
        Assert.Equal(("a", Severity.Error), (finding.Subject.Id, finding.Severity));
        Assert.Equal("12/6/2026", finding.Args["parentEnd"]);
    }

    [Fact]
    public void ParentsOwnUpwardReport_IsNotTheChildsDeadline()
    {
        // The province asks its units for the six-month report by 5/6; its Sở Nội vụ reports on to the ministry by 20/6.
        var parent = Province("""
            reports:
              - { id: r1, title: Báo cáo 6 tháng, kind: six-month, due: trước ngày 05/6/2026 }
              - { id: r2, title: Tổng hợp báo cáo 6 tháng, kind: six-month, due: trước ngày 20/6/2026, from: [Sở Nội vụ] }
            """);
        var child = Department("""
            reports:
              - { id: a, title: Báo cáo 6 tháng, kind: six-month, due: trước ngày 15/6/2026 }
            """);

        var finding = Assert.Single(RuleHarness.Findings("CE-C003", parent, child));
        Assert.Equal("r1", finding.Args["parentId"]);
    }

    [Fact]
    public void IndicatorOfTheSameMeasure_WithALowerFloor_IsFlagged_AndAnotherMeasureIsNot()
    {
        var parent = Province("""
            indicators:
              - { id: c1, name: Tỷ lệ nữ giữ chức vụ lãnh đạo cấp phòng, target: "40%", direction: increase }
              - { id: c2, name: Tỷ số giới tính khi sinh, target: "111 bé trai/100 bé gái", direction: decrease }
            """);
        var child = Department("""
            indicators:
              - { id: x1, name: Tỷ lệ nữ giữ chức vụ lãnh đạo cấp phòng trong ngành, target: "30%", direction: increase }
              - { id: x2, name: Tỷ số giới tính khi sinh, target: "112,5 bé trai/100 bé gái", direction: decrease }
              - { id: x3, name: Số lớp tập huấn về giới, target: "2" }
            """);

        var fired = RuleHarness.Findings("CE-C011", parent, child).Select(f => $"{f.Subject.Id}<{f.Args["parentId"]}").ToArray();

        Assert.Equal(["x1<c1", "x2<c2"], fired);
    }

    [Fact]
    public void CitedNumberOneEditAway_WithTheSameDate_IsTheParentCitedWrongly()
    {
        var parent = Province("");
        var child = Department("", cited: "17/KH-UBND");
        var slip = Department("", cited: "77/KH-UBND");

        var index = PlanIndex.Build([parent, slip]);
        Assert.Equal(LinkBasis.NearMiss, index.ParentLink(slip)!.Basis);
        var finding = Assert.Single(RuleHarness.Findings("CE-C001", parent, slip));
        Assert.Equal("wrong-number", finding.Variant);
        Assert.Equal("77/KH-UBND", finding.Args["declared"]);

        // "17" is two edits from "70": not a slip the engine may assume.
        Assert.Null(PlanIndex.Build([parent, child]).ParentLink(child));
    }

    [Fact]
    public void NearMissWithAnotherDate_IsNotAssumed()
    {
        var slip = Department("", cited: "77/KH-UBND", citedDate: "2026-02-11");

        Assert.Null(PlanIndex.Build([Province(""), slip]).ParentLink(slip));
    }

    [Fact]
    public void TheBodysOwnPlanOfAnEarlierPeriod_IsNotItsParent()
    {
        // The Sở cites its own 2019 plan first ("Thực hiện …"), then the province's 2026 plan.
        var old = PlanText.Load(PlanText.Minimal(id: "syt-cu", number: "9/KH-SYT", date: "2019-01-10", level: "department", issuer: "Sở Y tế tỉnh Lai Châu")
            .Replace("period: \"2026\"", "period: \"2019\"", StringComparison.Ordinal), "old.yaml");
        var child = PlanText.Load(PlanText.Minimal(id: "syt", number: "33/KH-SYT", date: "2026-03-05", level: "department", issuer: "Sở Y tế tỉnh Lai Châu", extra: """
            source: so-y-te.txt
            legal_bases:
              - { type: Kế hoạch, number: "9/KH-SYT", date: "2019-01-10", raw: Kế hoạch số 9/KH-SYT của Sở Y tế }
              - { type: Kế hoạch, number: "70/KH-UBND", date: "2026-02-10", raw: Kế hoạch số 70/KH-UBND của UBND tỉnh }
            """), "syt.yaml");

        var link = PlanIndex.Build([old, Province(""), child]).ParentLink(child);

        Assert.Equal("tinh", link!.Parent.Id);
    }

    [Fact]
    public void TaskLedByTheParentsOwnOffice_IsNotOwed_UnassignedDocumentTaskIsUndetermined()
    {
        var parent = Province("""
            tasks:
              - { id: "1", title: Tổng hợp số liệu thống kê giới của tỉnh, lead_unit: Văn phòng UBND tỉnh }
              - { id: "2", title: Tổ chức hội thi tìm hiểu pháp luật về hôn nhân và gia đình cho thanh niên }
              - { id: "3", title: Khám sàng lọc ung thư vú cho nữ công nhân, assigned_to: [Sở Y tế] }
            """);
        var child = Department("""
            tasks:
              - { id: "1", title: Tập huấn kỹ năng tư vấn cho nhân viên y tế, lead_unit: Phòng Nghiệp vụ, timeline: quý II/2026 }
            """);

        var fired = RuleHarness.Findings("CE-C002", parent, child).Select(f => $"{f.Subject.Id} {f.Severity} {f.Variant}").ToArray();

        Assert.Equal(["2 Warning undetermined", "3 Error "], fired);
    }

    [Fact]
    public void ThematicChild_OwesOnlyTheTasksOnItsTheme()
    {
        var parent = Province("""
            tasks:
              - { id: "1", title: Tổ chức Tháng hành động vì bình đẳng giới năm 2026 với các hoạt động truyền thông, assigned_to: [các sở, ban, ngành] }
              - { id: "2", title: Khám sàng lọc ung thư vú cho nữ công nhân, assigned_to: [các sở, ban, ngành] }
            """);
        var child = Department("""
            tasks:
              - { id: "1", title: Tổ chức các hoạt động truyền thông hưởng ứng Tháng hành động vì bình đẳng giới năm 2026, lead_unit: Văn phòng Sở, timeline: tháng 11/2026 }
            """, title: "Kế hoạch tổ chức Tháng hành động vì bình đẳng giới năm 2026");

        Assert.Empty(RuleHarness.Findings("CE-C002", parent, child));
    }
}


/// <summary>More link facts: the plan itself, reports matched by recipient, requests and internal duties.</summary>
public sealed class LinkTraceRecipientTests
{
    private static Plan Parent(string extra) => PlanText.Load(PlanText.Minimal(
        id: "so", number: "40/KH-SYT", date: "2026-02-10", level: "department", issuer: "Sở Y tế tỉnh Lai Châu",
        extra: "source: so.txt\n" + extra), "so.yaml");

    private static Plan Hospital(string extra) => PlanText.Load(PlanText.Minimal(
        id: "bv", number: "8/KH-BV", date: "2026-03-01", level: "unit", issuer: "Bệnh viện Đa khoa huyện Mường Tè", extra: """
        source: bv.txt
        unit_kinds: [benh-vien]
        legal_bases:
          - { type: Kế hoạch, number: "40/KH-SYT", date: "2026-02-10", raw: Kế hoạch số 40/KH-SYT }

        """ + extra), "bv.yaml");

    [Fact]
    public void ChildReportToTheSo_IsHeldToTheSosDeadline_NotToTheSosOwnReportUpwards()
    {
        // The Sở wants six-month reports by 4/6 "gửi Sở Y tế"; it reports on to the province by 14/6.
        var parent = Parent("""
            reports:
              - { id: a, title: Báo cáo 6 tháng, kind: six-month, due: trước ngày 04/6/2026, recipient: Sở Y tế }
              - { id: b, title: Báo cáo 6 tháng, kind: six-month, due: trước ngày 14/6/2026, recipient: UBND tỉnh }
            """);
        var child = Hospital("""
            reports:
              - { id: x, title: Báo cáo 6 tháng, kind: six-month, due: trước ngày 09/6/2026, recipient: Sở Y tế (qua Văn phòng Sở) }
            """);

        var finding = Assert.Single(RuleHarness.Findings("CE-C003", parent, child));
        Assert.Equal("a", finding.Args["parentId"]);
    }

    [Fact]
    public void TaskAskingForTheUnitsOwnPlan_IsCoveredByThePlanItself()
    {
        var parent = Parent("""
            tasks:
              - { id: "5", title: "Các đơn vị trực thuộc xây dựng, ban hành kế hoạch thực hiện năm 2026 của đơn vị", assigned_to: [các đơn vị trực thuộc] }
            """);
        var child = Hospital("""
            tasks:
              - { id: "1", title: Tập huấn kỹ năng tư vấn cho điều dưỡng, lead_unit: Phòng Điều dưỡng, timeline: quý III/2026 }
            """);

        Assert.Empty(RuleHarness.Findings("CE-C002", parent, child));
    }

    [Fact]
    public void RequestsAndInternalDutiesOfTheParent_AreNotOwed()
    {
        var parent = Parent("""
            tasks:
              - { id: "IV.3", title: Đề nghị Công đoàn ngành phối hợp vận động đoàn viên, kind: request }
              - { id: "IV.4", title: Các phòng chức năng thuộc Sở theo dõi việc thực hiện, kind: internal }
            """);
        var child = Hospital("""
            tasks:
              - { id: "1", title: Tập huấn kỹ năng tư vấn cho điều dưỡng, lead_unit: Phòng Điều dưỡng, timeline: quý III/2026 }
            """);

        Assert.Empty(RuleHarness.Findings("CE-C002", parent, child));
    }
}

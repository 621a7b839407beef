using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Rules.Task;

public sealed class TaskHasLeadUnitTests
{
    [Fact]
    public void TaskWithoutUnit_FiresOnTask() =>
        Assert.Equal(["plan.yaml:11:5 CE-T001 1"], RuleHarness.Fired("CE-T001", PlanText.Load(PlanText.Minimal(extra: "tasks:\n  - id: \"1\"\n    title: Tuyên truyền\n"))));

    [Theory]
    [InlineData("    lead_unit: Phòng Tổ chức hành chính\n")]
    [InlineData("    assigned_to: [Sở Tư pháp]\n")]
    public void TaskWithLeadOrAssignee_IsSilent(string line) =>
        Assert.Empty(RuleHarness.Fired("CE-T001", PlanText.Load(PlanText.Minimal(extra: "tasks:\n  - id: \"1\"\n    title: Tuyên truyền\n" + line))));

    [Theory]
    [InlineData("request")]
    [InlineData("internal")]
    public void RequestOrInternalDuty_IsSilent(string kind) =>
        Assert.Empty(RuleHarness.Fired("CE-T001", PlanText.Load(PlanText.Minimal(extra: $"tasks:\n  - id: \"IV.3\"\n    title: Vận động hội viên\n    kind: {kind}\n"))));

    [Fact]
    public void GroupOverSubTasks_FiresOnTheSubTasksOnly() =>
        Assert.Equal(["plan.yaml:13:5 CE-T001 2.1"], RuleHarness.Fired("CE-T001", PlanText.Load(PlanText.Minimal(
            extra: "tasks:\n  - id: \"2\"\n    title: Chăm sóc sức khỏe\n  - id: \"2.1\"\n    title: Khám thai định kỳ\n"))));
}

public sealed class TaskHasTimelineTests
{
    [Fact]
    public void TaskWithoutTimeline_FiresWithExampleInPlanYear()
    {
        var finding = Assert.Single(RuleHarness.Findings("CE-T002", PlanText.Load(PlanText.Minimal(extra: "tasks:\n  - id: \"2\"\n    title: Kiểm tra\n"))));

        Assert.Equal(11, finding.Location.Line);
        Assert.Contains("Thường xuyên trong năm 2026", finding.Fix(Language.Vi));
    }

    [Fact]
    public void DatedPhraseInTheDetails_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-T002", PlanText.Load(PlanText.Minimal(
            extra: "tasks:\n  - id: \"2\"\n    title: Kiểm tra\n    details:\n      - Gửi kết quả về Sở trước ngày 20/9/2026.\n"))));

    [Fact]
    public void BareDayNamingAnOccasion_StillFires() =>
        Assert.Equal(["plan.yaml:11:5 CE-T002 2"], RuleHarness.Fired("CE-T002", PlanText.Load(PlanText.Minimal(
            extra: "tasks:\n  - id: \"2\"\n    title: Gặp mặt nhân ngày 20/10\n"))));

    [Fact]
    public void TaskWithTimeline_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-T002", PlanText.Load(PlanText.Minimal(extra: "tasks:\n  - id: \"2\"\n    title: Kiểm tra\n    timeline: Quý IV/2026\n"))));
}

public sealed class TimelineUnderstoodTests
{
    [Theory]
    [InlineData("Theo hướng dẫn của Sở")]
    [InlineData("trước ngày 31/4/2026")]
    public void UnreadableOrUnrealTimeline_FiresOnTimelineLine(string timeline) =>
        Assert.Equal(["plan.yaml:13:15 CE-T003 1"], RuleHarness.Fired("CE-T003", PlanText.Load(PlanText.Minimal(extra: $"tasks:\n  - id: \"1\"\n    title: A\n    timeline: \"{timeline}\"\n"))));

    [Fact]
    public void UnrealDate_SaysWhichDayInVietnamese()
    {
        var finding = Assert.Single(RuleHarness.Findings("CE-T003", PlanText.Load(PlanText.Minimal(extra: "reports:\n  - id: r\n    title: B\n    due: trước ngày 31/4/2026\n"))));

        Assert.Contains("ngày 31/4/2026 không có thật", finding.Message(Language.Vi));
    }

    [Theory]
    [InlineData("Thường xuyên trong năm 2026")]
    [InlineData("trước 25/5")]
    [InlineData("từ ngày 15/11- 15/12/2026")]
    [InlineData("Quý I/2026")]
    [InlineData("6 tháng đầu năm")]
    [InlineData("học kỳ I năm học 2026 - 2027")]
    [InlineData("trong thời gian Tháng hành động")]
    public void SpecTimeExpressions_AreSilent(string timeline) =>
        Assert.Empty(RuleHarness.Fired("CE-T003", PlanText.Load(PlanText.Minimal(extra: $"tasks:\n  - id: \"1\"\n    title: A\n    timeline: \"{timeline}\"\n"))));
}

public sealed class DateInsidePeriodTests
{
    [Fact]
    public void DeadlineInAnotherYear_Fires() =>
        Assert.Equal(["plan.yaml:13:10 CE-T004 r"], RuleHarness.Fired("CE-T004", PlanText.Load(PlanText.Minimal(extra: "reports:\n  - id: r\n    title: B\n    due: trước ngày 30/11/2025\n"))));

    [Fact]
    public void DeadlineInPeriodOrWithoutYear_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-T004", PlanText.Load(PlanText.Minimal(extra: "reports:\n  - id: r\n    title: B\n    due: trước ngày 30/11/2026\n  - id: s\n    title: C\n    due: trước 25/5\n"))));
}

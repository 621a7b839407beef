using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules.Cascade;

namespace ComplianceEngine.Tests.Coverage;

/// <summary>Decisions of the coverage matcher, with how they were made.</summary>
public sealed class CoverageMatcherTests
{
    private static readonly CoverageOptions Options = new() { CoverThreshold = 0.45 };

    private static CoverageMatcher Matcher => ComplianceEngine.Rules.RuleAssembly.CoverageMatcher;

    private static PlanTask Task(string id, string title, string[]? details = null, params string[] implements) => new()
    {
        Id = id,
        Title = title,
        Details = details ?? [],
        Implements = implements.Select(i => new Located<string>(i, new SourceLocation("c.yaml", 1, 1))).ToList(),
        Location = new SourceLocation("c.yaml", 1, 1),
    };

    private static ChildPlanIndex Child(params PlanTask[] tasks) => Matcher.Index(new Plan
    {
        Id = "child",
        Location = new SourceLocation("c.yaml", 1, 1),
        Title = "Kế hoạch",
        Issuer = new Located<string>("Bệnh viện Đa khoa Sìn Hồ", new SourceLocation("c.yaml", 1, 1)),
        Level = PlanLevel.Unit,
        Status = PlanStatus.Issued,
        Tasks = tasks,
    });

    private static readonly PlanTask Violence = Task("4.2", "Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
        ["Nâng cao năng lực cho viên chức y tế trong phát hiện sớm, tiếp nhận, tư vấn, hỗ trợ nạn nhân bị bạo lực trên cơ sở giới."]);

    [Fact]
    public void ExplicitLink_CoversWithCertainty()
    {
        var decision = Matcher.Decide(Violence, Child(Task("7", "Tuyên truyền", implements: "4.2")), Options);

        Assert.Equal((true, CoverageMethod.ExplicitLink, "7", 1.0), (decision.Covered, decision.Method, decision.BestMatch, decision.Score));
    }

    [Fact]
    public void PlanWithLinks_IsJudgedByItsLinksOnly_AndNamesTheClosestTaskAsAHint()
    {
        // Task 3 is about violence, but the plan links its tasks and none links 4.2.
        var decision = Matcher.Decide(Violence, Child(
            Task("1", "Tuyên truyền về bình đẳng giới", implements: "2"),
            Task("3", "Hỗ trợ nạn nhân bị bạo lực trên cơ sở giới tại bệnh viện")), Options);

        Assert.Equal((false, CoverageMethod.ExplicitLink, "3"), (decision.Covered, decision.Method, decision.BestMatch));
        Assert.StartsWith("xét theo liên kết implements; nhiệm vụ 3", decision.Describe(Language.Vi), StringComparison.Ordinal);
    }

    [Fact]
    public void PlanWithoutLinks_CoveredByText_SaysHowAndWhy()
    {
        // Abbreviated and in other words: "BLG" for bạo lực trên cơ sở giới.
        var decision = Matcher.Decide(Violence, Child(
            Task("1", "Tuyên truyền về BĐG cho CBCCVC"),
            Task("2", "Tiếp nhận, hỗ trợ y tế, tư vấn tâm lý cho nạn nhân bị BLG, BLGĐ")), Options);

        Assert.Equal((true, CoverageMethod.TextMatch, "2"), (decision.Covered, decision.Method, decision.BestMatch));
        Assert.Contains(decision.SharedTopics, t => t.Id == "bao-luc-gioi");
        Assert.Equal(
            $"judged by text matching, as the plan has no implements links; task 2, match {decision.ScoreText}; shared topics: gender-based and domestic violence; shared terms: {string.Join(", ", decision.SharedTerms.Select(t => $"“{t}”"))}",
            decision.Describe(Language.En));
    }

    [Fact]
    public void CampaignNamingViolence_DoesNotCoverTheViolenceProgramme()
    {
        // The planted gap of fixture 04: the Action Month's name mentions violence in passing.
        var decision = Matcher.DecideByText(Violence, Child(
            Task("4.1", "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026"),
            Task("4.2", "Chương trình Tăng cường sự tham gia bình đẳng của phụ nữ vào vị trí lãnh đạo và quản lý")), Options);

        Assert.False(decision.Covered);
        Assert.DoesNotContain(decision.SharedTopics, t => t.Id == "bao-luc-gioi");
    }

    [Fact]
    public void TrainingForOtherStaff_StillCoversTraining()
    {
        // Same activity, another audience: "tập huấn cho cán bộ tư pháp" is taken up by "tập huấn cho viên chức y tế".
        var decision = Matcher.DecideByText(Task("3", "Tập huấn kiến thức về giới cho cán bộ tư pháp"),
            Child(Task("5", "Tổ chức tập huấn kiến thức về giới cho viên chức y tế"), Task("6", "Báo cáo sơ kết 6 tháng")), Options);

        Assert.Equal((true, "5"), (decision.Covered, decision.BestMatch));
    }

    [Fact]
    public void SameWordsAnotherActivity_IsNotCovered()
    {
        // Both name the Ban VSTBCPN; one sets it up, the other has it communicate.
        var decision = Matcher.DecideByText(Task("6", "Kiện toàn Ban Vì sự tiến bộ của phụ nữ"),
            Child(Task("1", "Ban VSTBCPN tổ chức tuyên truyền về bình đẳng giới"), Task("2", "Kỷ niệm ngày 8/3")), Options);

        Assert.False(decision.Covered);
    }

    [Fact]
    public void UmbrellaTask_SpreadOverSeveralChildTasks_IsCovered()
    {
        var parent = Task("5", "Nâng cao năng lực quản lý nhà nước về bình đẳng giới",
        [
            "Kiện toàn Ban Vì sự tiến bộ của phụ nữ và tổ chức bộ máy làm công tác bình đẳng giới.",
            "Thu thập, tổng hợp số liệu thống kê có tách biệt theo giới tính.",
            "Kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các đơn vị.",
        ]);

        var decision = Matcher.DecideByText(parent, Child(
            Task("6", "Củng cố Ban Vì sự tiến bộ của phụ nữ bệnh viện"),
            Task("7", "Thống kê, tổng hợp dữ liệu nhân sự theo giới tính"),
            Task("9", "Tuyên truyền về bình đẳng giới")), Options);

        Assert.True(decision.Covered);
        Assert.Equal(["6", "7"], decision.Matches.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CommunicationAboutReproductiveHealth_NeedsOneTaskDoingBoth()
    {
        // "truyền thông về sức khỏe sinh sản": communication on gender equality plus reproductive-health services is not it.
        var parent = Task("III.3", "Trung tâm Kiểm soát bệnh tật - truyền thông về dân số, sức khỏe sinh sản và mất cân bằng giới tính khi sinh");

        var apart = Matcher.DecideByText(parent, Child(
            Task("2", "Tuyên truyền về bình đẳng giới cho viên chức"),
            Task("3", "Nâng cao chất lượng dịch vụ chăm sóc sức khỏe sinh sản")), Options);
        var together = Matcher.DecideByText(parent, Child(
            Task("1", "Biên soạn tài liệu truyền thông về sức khỏe sinh sản, mất cân bằng giới tính khi sinh")), Options);

        Assert.False(apart.Covered);
        Assert.True(together.Covered);
    }

    [Fact]
    public void AskingForTheUnitsOwnPlan_IsCoveredByThePlanItself() =>
        Assert.True(Matcher.DecideByText(Task("III.6", "Xây dựng và tổ chức thực hiện kế hoạch công tác bình đẳng giới năm 2026 của địa phương"),
            Child(Task("1", "Tuyên truyền về bình đẳng giới")), Options).Covered);

    [Fact]
    public void NothingShared_IsNotCovered_AndSaysSo()
    {
        var decision = Matcher.DecideByText(Task("8", "Kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới"),
            Child(Task("1", "Khám sức khỏe định kỳ cho lao động nữ")), Options);

        Assert.Equal((false, (string?)null, 0.0), (decision.Covered, decision.BestMatch, decision.Score));
        Assert.Equal("xét theo so khớp nội dung vì kế hoạch không có liên kết implements; không có nhiệm vụ nào gần", decision.Describe(Language.Vi));
    }

    [Fact]
    public void Threshold_DecidesOnTheSameScore()
    {
        var child = Child(Task("1", "Tuyên truyền về bình đẳng giới trên bảng tin"));
        var parent = Task("2", "Đẩy mạnh các hoạt động thông tin, tuyên truyền, giáo dục chính sách, pháp luật về bình đẳng giới");

        var lenient = Matcher.DecideByText(parent, child, Options with { CoverThreshold = 0.1 });
        var strict = Matcher.DecideByText(parent, child, Options with { CoverThreshold = 0.99 });

        Assert.Equal(lenient.Score, strict.Score);
        Assert.Equal((true, false), (lenient.Covered, strict.Covered));
    }
}

using ComplianceEngine.Tests.Support;
using YamlDotNet.Serialization;

namespace ComplianceEngine.Tests.Importing;

/// <summary>
/// The matching rules of <see cref="CorpusAccuracy"/>, on a constructed plan and a constructed answer key (invented
/// province, units and numbers; neither is a corpus document), so that the harness itself is tested, not the importer.
/// </summary>
public sealed class CorpusAccuracyScoringTests
{
    // CONSTRUCTED: a district plan as the importer might read it.
    private const string Plan = """
        format: compliance-plan/1
        id: huyen-gia
        number: "17/KH- UBND"
        document_type: Kế hoạch
        title: Kế hoạch thử
        issuer: Ủy ban nhân dân huyện Sông Giả
        level: department
        issue_date: "2025-03-04"
        period: "2025"
        status: issued
        parent: { number: "9/KH-UBND" }
        legal_bases:
          - { type: Luật, title: Luật BĐG, raw: Luật BĐG }
          - { type: Kế hoạch, number: "9/KH-UBND", date: "2025-02-10", raw: Kế hoạch số 9/KH-UBND ngày 10/02/2025 }
        references:
          - { type: Kế hoạch, number: "9/KH-UBND", raw: Kế hoạch số 9/KH-UBND }
          - { type: Chiến lược, title: Chiến lược quốc gia về bình đẳng giới, raw: Chiến lược quốc gia về bình đẳng giới }
          - { type: Quyết định, number: "5/QĐ-UBND", date: "2024-01-01", raw: Quyết định số 5/QĐ-UBND }
        tasks:
          - { id: "1.a", section: "III", title: Truyền thông, lead_unit: "Phòng LĐ-TBXH (cơ quan thường trực)", timeline: "Quý III/2025" }
          - { id: "1.b", section: "III", title: Tập huấn, assigned_to: ["Trung tâm Y tế huyện"], timeline: "Thường xuyên trong năm 2025" }
          - { id: "2", section: "III", title: Báo cáo, lead_unit: "Phòng Nội vụ", timeline: "từ ngày 15/11 đến ngày 15/12/2025" }
        reports:
          - { id: bc-6-thang, title: báo cáo 6 tháng, kind: six-month, due: "trước ngày 05/6/2025" }
          - { id: bc, title: báo cáo kết quả, kind: other, due: "trước ngày 10/11/2025" }
          - { id: bc-2, title: số liệu, kind: other, due: "trước ngày 20 hằng tháng" }
        indicators:
          - { id: a, name: Tỷ số giới tính khi sinh, target: "không vượt quá 111 bé trai/100 bé gái", direction: decrease }
          - { id: b, name: Tỷ lệ xã có công chức phụ trách, target: "100%" }
        """;

    // CONSTRUCTED: what the answer key says of that plan.
    private const string Key = """
        number: 17/KH-UBND
        type: Kế hoạch
        date: 2025-03-04
        issuer: UBND huyện Sông Giả
        level: department
        parent: 90/KH-UBND
        parent_cited_as: { symbol: 9/KH-UBND }
        citations:
        - { type: Luật, symbol: null, date: null, title: 'Luật Bình đẳng giới (“Luật BĐG”)' }
        - { type: Kế hoạch, symbol: 9/KH-UBND, date: 2025-02-10, title: thực hiện Chiến lược quốc gia về bình đẳng giới }
        - { type: Quyết định, symbol: 5/QĐ-UBND, date: 2024-02-01 }
        tasks:
        - { id: III.1.a, lead: [Phòng Lao động - Thương binh và Xã hội], timeline: quý III/2025, deadline: 2025-09-30 }
        - { id: III.1.b, lead: [TTYT huyện], timeline: thường xuyên, deadline: null }
        - { id: III.2, lead: [Phòng Nội vụ], timeline: 15/11-15/12/2025, deadline: 2025-12-15 }
        - { id: III.3, lead: [Phòng Tư pháp], timeline: quý I/2025, deadline: 2025-03-31 }
        reports:
        - { what: báo cáo 6 tháng / năm, due: 2025-06-05, due_2: 2025-11-10 }
        - { what: số liệu vụ việc, due: null, recurring: trước ngày 20 hằng tháng }
        indicators:
        - { id: II.1, name: Tỷ số giới tính khi sinh, target: 111, unit: bé trai/100 bé gái, direction: decrease }
        - { id: II.2, name: Tỷ lệ xã có công chức phụ trách, target: 100, unit: '%', direction: increase }
        """;

    private static CorpusDocumentAccuracy Scored()
    {
        var key = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(Key);
        return CorpusAccuracy.Score("gia", "ke-hoach.md", PlanText.Load(Plan), key);
    }

    private static (int Tp, int Fp, int Fn) Of(string kind)
    {
        var s = Scored().Scores.Single(x => x.Kind == kind);
        return (s.TruePositives, s.FalsePositives, s.FalseNegatives);
    }

    [Fact]
    public void HeaderFields_SymbolSpacingIgnored_IssuerByUnitKey_ParentAsCited()
    {
        // number "17/KH- UBND" = 17/KH-UBND; "Ủy ban nhân dân" = "UBND"; the parent read as cited (9/…) counts.
        Assert.Equal((6, 0, 0), Of("header fields"));
    }

    [Fact]
    public void Citations_MentionsOfOneDocumentAreOneItem_ShortNameMatches_WrongDateIsBothMissAndExtra()
    {
        // Luật BĐG by its short name and 9/KH-UBND (two mentions) match; 5/QĐ-UBND read with another date is a miss and
        // an extra; the strategy named inside a listed title is not scored.
        Assert.Equal((2, 1, 1), Of("citations"));
        Assert.Contains(Scored().Differences, d => d.StartsWith("citations: not scored", StringComparison.Ordinal));
    }

    [Fact]
    public void Tasks_SectionNumberMayBeMissingOnTheImportSide()
    {
        Assert.Equal((3, 0, 1), Of("tasks"));
    }

    [Fact]
    public void LeadUnits_ComparedByUnitKey_AssignedUnitsCount_RemarksDropped()
    {
        // "Phòng LĐ-TBXH (cơ quan thường trực)" = "Phòng Lao động - Thương binh và Xã hội"; the unit 1.b is assigned to,
        // "Trung tâm Y tế huyện", = "TTYT huyện" (the directory's spellings); III.3 is not imported.
        Assert.Equal((3, 0, 1), Of("lead units"));
    }

    [Fact]
    public void Deadlines_AreComputedFromTheTimeline_ContinuousWorkHasNone()
    {
        Assert.Equal((2, 0, 1), Of("deadlines"));
    }

    [Fact]
    public void Reports_OneItemPerDue_KindOtherMatchesAnyKind_MonthlyByDay()
    {
        // 05/6 six-month = six-month; 10/11 annual (from "/ năm") = other; monthly day 20 = monthly day 20.
        Assert.Equal((3, 0, 0), Of("reports"));
    }

    [Fact]
    public void Indicators_TargetAsARatioAndTheDirection()
    {
        // 111 bé trai/100 bé gái decrease matches; 100 % with no direction read does not.
        Assert.Equal((1, 1, 1), Of("indicators"));
    }

    [Theory]
    [InlineData("quý III/2022", "2022-09-30")]
    [InlineData("6 tháng cuối năm 2022", "2022-12-31")]
    [InlineData("trước ngày 15/4/2022", "2022-04-15")]
    [InlineData("từ ngày 15/11 đến ngày 15/12/2022", "2022-12-15")]
    [InlineData("thường xuyên", null)]
    [InlineData("cả năm 2022", null)]
    [InlineData("trước ngày 15 hằng tháng", null)]
    public void Deadline_IsTheLastDayTheKeysMean(string timeline, string? expected) => Assert.Equal(expected, CorpusAccuracy.Deadline(timeline, 2022));

    [Fact]
    public void BelowFloors_NamesEachFigureUnderItsFloor()
    {
        var totals = new[] { new Score("tasks", 9, 1, 9), new Score("reports", 1, 0, 0) };
        var floors = new Dictionary<string, (double, double)> { ["tasks"] = (0.9, 0.51), ["reports"] = (1, 1) };

        Assert.Equal(["tasks: recall 0.500 < floor 0.510"], CorpusAccuracy.BelowFloors(totals, floors));
        Assert.Equal(["reports: no floor in the baseline"], CorpusAccuracy.BelowFloors(totals, new Dictionary<string, (double, double)> { ["tasks"] = (0, 0) }));
    }
}

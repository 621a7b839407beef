using ComplianceEngine.Core.Importing;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Rules.Plan;

public sealed class DuplicateItemNumberTests
{
    // Constructed for this test: a commune plan whose TỔ CHỨC THỰC HIỆN list restarts at 1.
    private const string Document = "ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM\nSố: 12/KH-UBND\nThử Nghiệm, ngày 20 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
        + "Thực hiện công tác bình đẳng giới năm 2026\n\nI. NHIỆM VỤ\n1. Tuyên truyền về bình đẳng giới, thời gian: quý II/2026.\n"
        + "II. TỔ CHỨC THỰC HIỆN\n1. **Công chức Văn hóa - Xã hội**: chủ trì triển khai kế hoạch này.\n";

    [Fact]
    public void AnItemNumberedLikeAnEarlierOne_FiresAtTheSecond()
    {
        var plan = MarkdownPlanImporter.Import(Document + "1. **Trưởng các thôn**: tuyên truyền trong gia đình.\n", "xa.txt", "xa");
        Assert.Equal(["xa.txt:12:1 CE-P007 II.1-2"], RuleHarness.Fired("CE-P007", plan));
    }

    [Fact]
    public void ItemsNumberedInOrder_AreSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-P007", MarkdownPlanImporter.Import(Document + "2. **Trưởng các thôn**: tuyên truyền trong gia đình.\n", "xa.txt", "xa")));
}

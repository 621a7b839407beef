using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Importing;

/// <summary>Rule CE-P006: what the importer did not find is reported once per kind of field, at line 1, as information.</summary>
public sealed class ImportGapsTests
{
    // A plan with tasks and a basis but no "Số:" line, no date line, no "Nơi nhận" and no signature.
    private const string Document = """
        KẾ HOẠCH
        Tuyên truyền về bình đẳng giới năm 2025

        Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND huyện Tam Đường về công tác bình đẳng giới năm 2025, Trạm Y tế xã Bản Bo xây dựng kế hoạch như sau:

        1. Tuyên truyền Luật Bình đẳng giới
        - Thời gian: Quý II/2025
        - Đơn vị thực hiện: Trạm Y tế xã chủ trì.
        """;

    [Fact]
    public void DocumentWithoutNumberDateRecipientsSigner_ReportsEachOnceAtLine1()
    {
        var plan = MarkdownPlanImporter.Import(Document, "doc.md", "doc");

        var findings = RuleHarness.Findings("CE-P006", plan);

        Assert.Equal(["doc.md:1:1 issue-date", "doc.md:1:1 number", "doc.md:1:1 recipients", "doc.md:1:1 signer"],
            findings.Select(f => $"{f.Location} {f.Args["field"]}").Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        // "Không tìm thấy số, ký hiệu" = no number/symbol found.
        Assert.StartsWith("Không tìm thấy số, ký hiệu", findings.Single(f => f.Args["field"] == "number").Message(Language.Vi), StringComparison.Ordinal);
    }

    [Fact]
    public void CompleteSeedDocument_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-P006", ImportAccuracy.Import(Path.Combine(Repo.Seeds, "002_7e8e160c5670c66d.txt"))));

    [Fact]
    public void YamlPlan_IsSilent() =>
        Assert.Empty(RuleHarness.Fired("CE-P006", PlanText.Load(PlanText.Minimal())));

    [Fact]
    public void EveryNoteField_HasItsOwnWording()
    {
        var descriptor = ComplianceEngine.Rules.RuleAssembly.Catalog["CE-P006"];

        Assert.All(PlanExtractor.NoteFields, field => Assert.True(descriptor.Variants.ContainsKey(field), field));
    }

    [Fact]
    public void RepeatedNote_GivesOneFinding()
    {
        var plan = PlanText.Load(PlanText.Minimal()) with
        {
            ImportNotes = [new ImportNote("signer", new SourceLocation("d.md", 1, 1)), new ImportNote("signer", new SourceLocation("d.md", 1, 1))],
        };

        Assert.Equal(["d.md:1:1 CE-P006 p"], RuleHarness.Fired("CE-P006", plan));
    }
}

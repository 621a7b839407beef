using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Word;
using ComplianceEngine.Rules;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Word;

/// <summary>
/// <c>compliance scaffold</c>: a hospital's draft under each fixture Sở plan, checked against that parent, has only the
/// blanks a draft is allowed — no coverage, deadline, indicator or citation finding.
/// </summary>
public sealed class PlanScaffoldTests
{
    // What a scaffold leaves to the unit: its number (CE-P002) and date (CE-P005), the lead units (CE-T001, on "……"),
    // and the signature block (CE-P006, information).
    private static readonly string[] DraftBlanks = ["CE-P002", "CE-P005", "CE-T001", "CE-P006"];

    public static TheoryData<string, string> Cases => new()
    {
        { "fixtures/cascades/lai-chau-2026/02-so-y-te-lai-chau-2026.yaml", ".md" },
        { "fixtures/cascades/lai-chau-2026/02-so-y-te-lai-chau-2026.yaml", ".docx" },
        { "fixtures/cascades/thanh-hoa-2019/02-so-y-te-thanh-hoa-2019.yaml", ".md" },
        { "fixtures/cascades/thanh-hoa-2019/02-so-y-te-thanh-hoa-2019.yaml", ".docx" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void HospitalScaffold_ChecksCleanAgainstItsParent_ButForDraftBlanks(string parent, string extension)
    {
        var parentPlan = Assert.Single(PlanLoader.Load([Repo.Path(parent)]).Plans);
        var lines = PlanScaffold.Lines(parentPlan, "Bệnh viện Đa khoa huyện Phong Thổ", parentPlan.ReferenceYear!.Value, RuleAssembly.Units, RuleAssembly.LegalCatalog);
        var draft = Path.Combine(Directory.CreateTempSubdirectory("ce-scaffold-").FullName, "ke-hoach-benh-vien" + extension);
        if (extension == ".docx")
        {
            File.WriteAllBytes(draft, LinesDocx.Build(lines));
        }
        else
        {
            File.WriteAllText(draft, string.Join('\n', lines) + "\n");
        }

        var loaded = PlanLoader.Load([draft], [Repo.Path(parent)]);
        Assert.Empty(loaded.Errors);
        var plan = Assert.Single(loaded.Plans);
        var evaluation = RuleHarness.Evaluate([.. loaded.Plans, .. loaded.Context]);
        Assert.Equal(parentPlan.Id, evaluation.Index.ParentLink(plan)?.Parent.Id);
        var findings = evaluation.Findings.Where(f => f.PlanId == plan.Id).ToList();

        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        Assert.All(findings, f => Assert.Contains(f.Rule.Id, DraftBlanks));
        Assert.All(findings.Where(f => f.Rule.Id == "CE-T001"), f => Assert.Contains(PlanScaffold.Blank, f.Message(Language.Vi), StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Rule.Id == "CE-P002");

        // One task per parent task that applies (none uncovered above), each saying which and why.
        Assert.Contains(lines, l => l.StartsWith("- Căn cứ: nhiệm vụ ", StringComparison.Ordinal));
    }

    [Fact]
    public void Scaffold_CitesTheParentByNumberAndDate_AndTheNationalDocumentsInForce()
    {
        var draft = Path.Combine(Directory.CreateTempSubdirectory("ce-scaffold-").FullName, "du-thao.md");
        Assert.Equal(0, Support.Cli.Run("scaffold", "--parent", "fixtures/cascades/lai-chau-2026/02-so-y-te-lai-chau-2026.yaml", "--unit", "Bệnh viện Đa khoa huyện Phong Thổ", "--out", draft).ExitCode);
        var lines = File.ReadAllLines(draft);
        Assert.Contains(lines, l => l.StartsWith("Căn cứ Kế hoạch số 101/KH-SYT ngày 20/4/2026 của Sở Y tế tỉnh Lai Châu", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Số: ……/KH-", StringComparison.Ordinal));
        // The parent's deadline is the unit's latest ("Từ ngày 15/11 đến ngày 15/12/2026" for the action month).
        Assert.Contains("- Thời gian: Từ ngày 15/11 đến ngày 15/12/2026.", lines);
    }

    [Fact]
    public void Scaffold_BadOutput_Exit2()
    {
        var result = Support.Cli.Run("scaffold", "--parent", "fixtures/cascades/lai-chau-2026/02-so-y-te-lai-chau-2026.yaml", "--unit", "Bệnh viện", "--out", "x.pdf");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("x.pdf", result.Stderr, StringComparison.Ordinal);
    }
}

using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

/// <summary>
/// fixtures/legal/plan-2026-old-bases.yaml (CONSTRUCTED): a 2026 plan resting on the 2007 domestic-violence law and the
/// 2011-2020 strategy. Both bases are CE-L007 with their replacements named, and nothing else is found.
/// </summary>
public sealed class ConstructedOldBasesTests : IDisposable
{
    private const string Fixture = "fixtures/legal/plan-2026-old-bases.yaml";

    private readonly string dir = Directory.CreateTempSubdirectory("ce-legal-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Engine_FindsBothReplacedBasesAndNothingElse()
    {
        var plan = Fixtures.Load(Repo.Path(Fixture)).Single();

        var findings = LegalHarness.Evaluate([plan]).Findings.Select(f => $"{f.Location.Line} {f.Rule.Id} {f.Subject.Id}");

        Assert.Equal(["22 CE-L007 02/2007/QH12", "29 CE-L007 2351/QĐ-TTg"], findings);
    }

    [Fact]
    public void Check_Exits1AndTheMarkdownNamesBothReplacements()
    {
        var result = Support.Cli.Run("check", Fixture, "--as-of", "2026-11-23");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CE-L007 · Văn bản trích dẫn đã hết hiệu lực", result.Stdout);
        Assert.Contains("Sửa thành \"Luật Phòng, chống bạo lực gia đình số 13/2022/QH15 ngày 14/11/2022 của Quốc hội\".", result.Stdout);
        Assert.Contains("Sửa thành \"Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới", result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void UserCatalogue_MakesAnUnknownDocumentKnown()
    {
        var plan = Path.Combine(dir, "plan.yaml");
        File.WriteAllText(plan, PlanText.Minimal(extra: LegalHarness.Bases(("Kế hoạch", "77/KH-UBND", "2026-01-05", "UBND huyện Than Uyên"))));
        var catalog = Path.Combine(dir, "mine.yaml");
        File.WriteAllText(catalog, "format: legal-catalog/1\ndocuments:\n  - symbol: \"77/KH-UBND\"\n    type: Kế hoạch\n    issuer: Ủy ban nhân dân huyện Than Uyên\n    issue_date: \"2026-01-05\"\n    scope: \"province:Lai Châu\"\n");

        var without = Support.Cli.Run("check", plan, "--as-of", "2026-11-23");
        var with = Support.Cli.Run("check", plan, "--catalog", catalog, "--as-of", "2026-11-23");

        Assert.Contains("CE-L002", without.Stdout);
        Assert.DoesNotContain("CE-L002", with.Stdout);
        Assert.Equal(0, with.ExitCode);
    }

    [Fact]
    public void BrokenUserCatalogue_Exits2WithItsFileAndLine()
    {
        var catalog = Path.Combine(dir, "broken.yaml");
        File.WriteAllText(catalog, "documents:\n  - symbol: \"77/KH-UBND\"\n    isuer: UBND huyện\n");

        var result = Support.Cli.Run("check", Fixture, "--catalog", catalog);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"broken\.yaml:3:5: khóa không hợp lệ 'isuer'", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}

using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Cascade;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Coverage;

public sealed class UnitDirectoryTests
{
    private const string UserFile = """
        format: unit-directory/1
        kinds:
          - id: trung-tam-kiem-soat-benh-tat
            prefixes: [Trung tâm Kiểm soát bệnh tật]
        units:
          - id: so-ldtbxh
            name: Sở LĐ,TB&XH
          - id: cdc
            name: Trung tâm Kiểm soát bệnh tật tỉnh
            kinds: [trung-tam-kiem-soat-benh-tat]
            aliases: [CDC]
        """;

    [Fact]
    public void BuiltInDirectory_LoadsWithoutError()
    {
        var (directory, error) = UnitDirectory.TryParse(RuleAssembly.ReadResource("rules/catalogs/units.yaml"), "units.yaml");

        Assert.Null(error);
        Assert.Contains(directory!.Units, u => u.Id == "so-ldtbxh");
    }

    [Theory]
    [InlineData("Sở Lao động - Thương binh và Xã hội", "Sở LĐTBXH")]
    [InlineData("Sở Lao động-TB&XH", "Sở LĐTBXH")]
    [InlineData("Ủy ban nhân dân các quận, huyện, thị xã", "UBND các quận huyện thị xã")]
    [InlineData("Sở Giáo dục và Đào tạo", "Sở GD&ĐT")]
    [InlineData("SỞ Y TẾ", "Sở Y tế")]
    public void Key_FoldsSpellingsTogether(string a, string b) => Assert.Equal(ComplianceEngine.Rules.RuleAssembly.Units.Key(a), ComplianceEngine.Rules.RuleAssembly.Units.Key(b));

    [Fact]
    public void Resolve_FindsEveryUnitNamedInAnIssuer()
    {
        var found = ComplianceEngine.Rules.RuleAssembly.Units.Resolve("Ban vì sự tiến bộ của phụ nữ ngành Y tế Thanh Hóa (Sở Y tế Thanh Hóa)");

        Assert.Equal(["ban-vstbcpn", "so-y-te"], found.Select(f => f.Unit.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_PrefersTheLongestName() =>
        Assert.Equal("bo-ldtbxh", Assert.Single(ComplianceEngine.Rules.RuleAssembly.Units.Resolve("Bộ Lao động - Thương binh và Xã hội")).Unit.Id);

    [Fact]
    public void Resolve_DoesNotMatchInsideAWord() => Assert.Empty(ComplianceEngine.Rules.RuleAssembly.Units.Resolve("Phòng Y tế huyện"));

    [Fact]
    public void UnknownKey_IsAnErrorAtItsLine()
    {
        var (_, error) = UnitDirectory.TryParse("format: unit-directory/1\nunits:\n  - id: x\n    name: X\n    alias: [Y]\n", "u.yaml");

        Assert.Equal(("unknown-key", 5), (error!.Code, error.Location.Line));
    }

    [Fact]
    public void WrongFormat_IsAnError() => Assert.Equal("bad-format", UnitDirectory.TryParse("format: unit-directory/2\n", "u.yaml").Error!.Code);

    [Fact]
    public void UnknownKind_IsAnError()
    {
        var (_, error) = UnitDirectory.TryParse("format: unit-directory/1\nunits:\n  - id: x\n    name: X\n    kinds: [so]\n", "u.yaml");

        Assert.Equal(("bad-enum", 5), (error!.Code, error.Location.Line));
    }

    [Fact]
    public void DuplicateUnitId_IsAnError()
    {
        var (_, error) = UnitDirectory.TryParse("format: unit-directory/1\nunits:\n  - id: x\n    name: X\n  - id: x\n    name: Y\n", "u.yaml");

        Assert.Equal(("duplicate-id", 5), (error!.Code, error.Location.Line));
    }

    [Fact]
    public void TwoUnitsSharingAName_IsAnError()
    {
        // "Sở LĐTBXH" must mean one unit: the spelling makes both names the same key.
        var (_, error) = UnitDirectory.TryParse("""
            format: unit-directory/1
            spellings:
              - { long: Lao động - Thương binh và Xã hội, short: LĐTBXH }
            units:
              - id: a
                name: Sở LĐTBXH
              - id: b
                name: Sở Lao động - Thương binh và Xã hội
            """, "u.yaml");

        Assert.Equal("duplicate-id", error!.Code);
    }

    [Fact]
    public void MergedUserFile_AddsNamesToKnownUnitsAndNewUnits()
    {
        var (user, error) = UnitDirectory.TryParse(UserFile, "my-units.yaml");
        Assert.Null(error);

        var merged = ComplianceEngine.Rules.RuleAssembly.Units.Merge(user!);

        Assert.Equal("so-ldtbxh", Assert.Single(merged.Resolve("Sở LĐ,TB&XH Kon Tum")).Unit.Id);
        Assert.Equal("cdc", Assert.Single(merged.Resolve("CDC Lai Châu")).Unit.Id);
        Assert.Contains("trung-tam-kiem-soat-benh-tat", merged.Identify(PlanText.Load(PlanText.Minimal(issuer: "Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu"))).Kinds);
        Assert.Equal("Sở Lao động - Thương binh và Xã hội", merged.Units.Single(u => u.Id == "so-ldtbxh").Name);
        Assert.Empty(ComplianceEngine.Rules.RuleAssembly.Units.Resolve("CDC Lai Châu"));
    }

    [Fact]
    public void Identify_AddsWiderKinds()
    {
        var identity = ComplianceEngine.Rules.RuleAssembly.Units.Identify(PlanText.Load(PlanText.Minimal(issuer: "Sở Y tế tỉnh Lai Châu")));

        Assert.Superset(new HashSet<string> { "so-y-te", "so" }, new HashSet<string>(identity.Kinds));
    }
}

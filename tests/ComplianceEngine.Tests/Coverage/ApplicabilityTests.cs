using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Rules.Cascade;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Coverage;

/// <summary>SPEC §3 "Applicability" with the built-in unit directory (rules/catalogs/units.yaml).</summary>
public sealed class ApplicabilityTests
{
    private static UnitDirectory Units => ComplianceEngine.Rules.RuleAssembly.Units;

    private static Plan Child(string issuer, params string[] kinds) =>
        PlanText.Load(PlanText.Minimal(issuer: issuer, extra: kinds.Length == 0 ? string.Empty : $"unit_kinds: [{string.Join(", ", kinds)}]\n"));

    private static PlanTask Task(params string[] assignedTo) =>
        new() { Id = "III.1", Title = "Nhiệm vụ", AssignedTo = assignedTo, Location = new SourceLocation("p.yaml", 1, 1) };

    [Theory]
    [InlineData("Sở LĐTBXH")]
    [InlineData("Sở Lao động - Thương binh và Xã hội")]
    [InlineData("Sở Lao động Thương binh và Xã hội")]
    [InlineData("Sở Lao động-TB&XH")]
    [InlineData("Sở LĐ-TB&XH")]
    public void SoLdtbxhWrittenAnyWay_IsTheChildsOwnUnit(string assignee)
    {
        var decision = Applicability.Decide(Task(assignee), Child("Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum"), Units);

        Assert.Equal((true, ApplicabilityReason.OwnUnit, "Sở Lao động - Thương binh và Xã hội"), (decision.Applies, decision.Reason, decision.Unit));
    }

    [Fact]
    public void SoLdtbxhAbbreviatedInTheIssuer_MatchesTheFullNameInTheTask()
    {
        var decision = Applicability.Decide(Task("Sở Lao động - Thương binh và Xã hội"), Child("Sở LĐTBXH Hà Nội"), Units);

        Assert.Equal(ApplicabilityReason.OwnUnit, decision.Reason);
    }

    [Fact]
    public void SoYTe_AppliesToSoYTeTinhLaiChau()
    {
        var decision = Applicability.Decide(Task("Sở Y tế"), Child("Sở Y tế tỉnh Lai Châu", "so-y-te"), Units);

        Assert.Equal((true, ApplicabilityReason.OwnUnit, "Sở Y tế"), (decision.Applies, decision.Reason, decision.Via));
    }

    [Fact]
    public void ListOfNamedSo_AppliesToSoYTe()
    {
        // "Các Sở, ngành: Y tế, Giáo dục và Đào tạo, …" (seed 004, III.9): a list of named Sở, not every Sở.
        var task = Task("Các Sở, ngành: Y tế, Giáo dục và Đào tạo, Văn hóa và Thể thao, Nông nghiệp và Phát triển nông thôn, Công an thành phố Hà Nội và các cơ quan liên quan căn cứ Kế hoạch năm 2018 xây dựng và tổ chức thực hiện");

        var decision = Applicability.Decide(task, Child("Sở Y tế Hà Nội"), Units);

        Assert.Equal((true, ApplicabilityReason.OwnUnit, "Y tế"), (decision.Applies, decision.Reason, decision.Via));
    }

    [Theory]
    [InlineData("Sở Tư pháp Hà Nội")]
    [InlineData("Sở Nội vụ Hà Nội")]
    public void ListOfNamedSo_DoesNotApplyToASoItDoesNotName(string issuer)
    {
        var task = Task("Các Sở, ngành: Y tế, Giáo dục và Đào tạo, Văn hóa và Thể thao");

        var decision = Applicability.Decide(task, Child(issuer, "so"), Units);

        Assert.Equal((false, ApplicabilityReason.OtherUnits), (decision.Applies, decision.Reason));
    }

    [Fact]
    public void ListOfNamedSo_AppliesToSoGiaoDucWrittenWithItsAbbreviation() =>
        Assert.True(Applicability.Decide(Task("Các Sở, ngành: Y tế, Giáo dục và Đào tạo"), Child("Sở GD&ĐT Hà Nội"), Units).Applies);

    [Fact]
    public void TaskOfSoTuPhap_IsNotAskedOfAHospital()
    {
        var decision = Applicability.Decide(Task("Sở Tư pháp"), Child("Bệnh viện Đa khoa Than Uyên", "benh-vien"), Units);

        Assert.False(decision.Applies);
        Assert.Equal(["Sở Tư pháp"], decision.Others);
    }

    [Fact]
    public void TaskOfSoYTe_IsNotAskedOfAHospitalBelowIt() =>
        Assert.False(Applicability.Decide(Task("Sở Y tế"), Child("Bệnh viện Đa khoa Tam Đường", "benh-vien"), Units).Applies);

    [Theory]
    [InlineData("các bệnh viện")]
    [InlineData("Các bệnh viện, Trung tâm Y tế")]
    [InlineData("các cơ sở khám bệnh, chữa bệnh")]
    public void HospitalsByKind_ApplyToAHospital(string assignee)
    {
        var decision = Applicability.Decide(Task(assignee), Child("Bệnh viện Đa khoa Than Uyên", "benh-vien"), Units);

        Assert.Equal((true, ApplicabilityReason.UnitKind), (decision.Applies, decision.Reason));
    }

    [Fact]
    public void HospitalWithoutUnitKinds_IsKnownByItsName()
    {
        // An imported document has no unit_kinds: "Bệnh viện …" tells the kind.
        var decision = Applicability.Decide(Task("các bệnh viện"), Child("Bệnh viện đa khoa Cẩm Thủy"), Units);

        Assert.Equal((ApplicabilityReason.UnitKind, "benh-vien"), (decision.Reason, decision.Kind));
    }

    [Theory]
    [InlineData("UBND các quận, huyện, thị xã")]
    [InlineData("Ủy ban nhân dân các quận, huyện, thị xã")]
    [InlineData("UBND các huyện, thành phố")]
    public void DistrictsByKind_ApplyToADistrict(string assignee) =>
        Assert.Equal(ApplicabilityReason.UnitKind, Applicability.Decide(Task(assignee), Child("UBND huyện Đắk Hà"), Units).Reason);

    [Fact]
    public void DistrictsByKind_DoNotApplyToASo() =>
        Assert.False(Applicability.Decide(Task("UBND các quận, huyện, thị xã"), Child("Sở Y tế Hà Nội", "so-y-te"), Units).Applies);

    [Fact]
    public void AllSo_ApplyToSoYTe_ButNotToAHospital()
    {
        Assert.True(Applicability.Decide(Task("các sở, ban, ngành"), Child("Sở Y tế tỉnh Lai Châu", "so-y-te"), Units).Applies);
        Assert.False(Applicability.Decide(Task("các sở, ban, ngành"), Child("Bệnh viện Đa khoa Than Uyên", "benh-vien"), Units).Applies);
    }

    [Fact]
    public void UnitsBelow_AreAddressedToEveryone()
    {
        var decision = Applicability.Decide(Task("các đơn vị trực thuộc"), Child("Bệnh viện Đa khoa Than Uyên", "benh-vien"), Units);

        Assert.Equal((true, ApplicabilityReason.AddressedToAll, "*"), (decision.Applies, decision.Reason, decision.Kind));
    }

    [Fact]
    public void UnitUnknownToTheDirectory_IsComparedByName() =>
        Assert.Equal(ApplicabilityReason.OwnUnit, Applicability.Decide(Task("Bệnh viện Phổi"), Child("Bệnh viện Phổi Thanh Hóa", "benh-vien"), Units).Reason);

    [Fact]
    public void SoYTeOfEveryProvince_AppliesToTheBanOfTheSector()
    {
        // Bộ Y tế's III.3 against seed 000, issued by "Ban vì sự tiến bộ của phụ nữ ngành Y tế Thanh Hóa (Sở Y tế Thanh Hóa)".
        var decision = Applicability.Decide(Task("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"),
            Child("Ban vì sự tiến bộ của phụ nữ ngành Y tế Thanh Hóa (Sở Y tế Thanh Hóa)", "so-y-te", "ban-vstbcpn"), Units);

        Assert.Equal(ApplicabilityReason.OwnUnit, decision.Reason);
    }

    [Fact]
    public void NoAssignment_IsAddressedToAll_AndSaysSo()
    {
        var decision = Applicability.Decide(Task(), Child("Bệnh viện Đa khoa Than Uyên"), Units);

        Assert.Equal(ApplicabilityReason.AddressedToAll, decision.Reason);
        Assert.Equal("giao cho tất cả đơn vị cấp dưới", decision.Describe(Language.Vi));
    }

    [Fact]
    public void OwnUnit_ReasonNamesTheAssignmentTheUnitAndTheName()
    {
        var decision = Applicability.Decide(Task("Sở LĐTBXH"), Child("Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum"), Units);

        // "assigned to “Sở LĐTBXH” — this very unit (Sở Lao động - Thương binh và Xã hội, recognised by the name …)"
        Assert.Equal("giao cho “Sở LĐTBXH” — chính đơn vị này (Sở Lao động - Thương binh và Xã hội, nhận ra qua tên “Sở LĐTBXH”)", decision.Describe(Language.Vi));
        Assert.Equal("assigned to “Sở LĐTBXH” — this very unit (Sở Lao động - Thương binh và Xã hội, recognised by the name “Sở LĐTBXH”)", decision.Describe(Language.En));
    }

    [Fact]
    public void Kind_ReasonNamesThePhraseAndTheKind() =>
        Assert.Equal("assigned to “các bệnh viện”, which includes this kind of unit (benh-vien)",
            Applicability.Decide(Task("các bệnh viện"), Child("Bệnh viện Đa khoa Than Uyên", "benh-vien"), Units).Describe(Language.En));

    [Fact]
    public void OtherUnits_ReasonListsThem() =>
        Assert.Equal("chỉ giao cho đơn vị khác: Sở Tư pháp; Sở Tài chính",
            Applicability.Decide(Task("Sở Tư pháp", "Sở Tài chính"), Child("Bệnh viện Đa khoa Than Uyên", "benh-vien"), Units).Describe(Language.Vi));
}

using System.Text;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Loading;

public sealed class PlanLoaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ce-loader-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void FolderWithOneBrokenFile_LoadsTheOthersAndReportsTheBrokenOne()
    {
        File.WriteAllText(Path.Combine(dir, "a.yaml"), PlanText.Minimal(id: "a"));
        File.WriteAllText(Path.Combine(dir, "b.yaml"), PlanText.Minimal(id: "b", extra: "tasks: [\n"));
        File.WriteAllText(Path.Combine(dir, "c.yaml"), PlanText.Minimal(id: "c"));

        var result = PlanLoader.Load([dir]);

        Assert.Equal(["a", "c"], result.Plans.Select(p => p.Id));
        var error = Assert.Single(result.Errors);
        Assert.EndsWith("b.yaml", error.Location.File);
        Assert.Equal("yaml-syntax", error.Code);
    }

    [Fact]
    public void BinaryFile_IsAnInputError()
    {
        File.WriteAllBytes(Path.Combine(dir, "x.yaml"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);

        var error = Assert.Single(PlanLoader.Load([dir]).Errors);

        Assert.Equal(("binary-file", 1), (error.Code, error.Location.Line));
    }

    [Fact]
    public void EmptyFile_IsAnInputError()
    {
        File.WriteAllText(Path.Combine(dir, "x.yaml"), "  \n");

        Assert.Equal("empty-file", Assert.Single(PlanLoader.Load([dir]).Errors).Code);
    }

    [Fact]
    public void Windows1258File_IsRejectedAsNotUtf8WithItsLine()
    {
        // "Sở Y tế" in Windows-1258 bytes: ơ = 0xF5, ế = e + 0xEC (combining acute) — invalid as UTF-8.
        var bytes = Encoding.ASCII.GetBytes("id: p\ntitle: S").Concat(new byte[] { 0xF5 }).Concat(Encoding.ASCII.GetBytes(" Y t\n")).ToArray();
        File.WriteAllBytes(Path.Combine(dir, "x.yaml"), bytes);

        var error = Assert.Single(PlanLoader.Load([dir]).Errors);

        Assert.Equal(("not-utf8", 2), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Tcvn3TextSavedAsUtf8_IsRejectedAsLegacyEncoding()
    {
        // TCVN3 (ABC) font text read as Latin-1 and saved as UTF-8: "Céng hoµ x· héi chñ nghÜa".
        File.WriteAllText(Path.Combine(dir, "x.yaml"), "id: p\ntitle: \"Céng hoµ x· héi chñ nghÜa ViÖt Nam\"\n", new UTF8Encoding(false));

        var error = Assert.Single(PlanLoader.Load([dir]).Errors);

        Assert.Equal(("legacy-encoding", 2), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Utf16WithBom_IsRead()
    {
        File.WriteAllText(Path.Combine(dir, "x.yaml"), PlanText.Minimal(id: "u16"), Encoding.Unicode);

        var result = PlanLoader.Load([dir]);

        Assert.Empty(result.Errors);
        Assert.Equal("Sở Y tế tỉnh Lai Châu", Assert.Single(result.Plans).Issuer.Value);
    }

    [Fact]
    public void SamePlanIdInTwoFiles_SecondIsAnInputError()
    {
        File.WriteAllText(Path.Combine(dir, "a.yaml"), PlanText.Minimal(id: "same"));
        File.WriteAllText(Path.Combine(dir, "b.yaml"), PlanText.Minimal(id: "same"));

        var result = PlanLoader.Load([dir]);

        Assert.Single(result.Plans);
        Assert.Equal("duplicate-plan-id", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void MissingPath_IsAnInputError()
    {
        Assert.Equal("not-found", Assert.Single(PlanLoader.Load([Path.Combine(dir, "nope.yaml")]).Errors).Code);
    }

    // ---- plan identity: documents named alike ----------------------------------------------------------------------

    /// <summary>A small constructed plan document (invented province and numbers), issued by <paramref name="issuer"/>.</summary>
    private static string Document(string issuer, string number, string cites = "") =>
        $"""
        [Tài liệu dựng để kiểm thử – không phải văn bản thật]

        {issuer.ToUpperInvariant()}

        Số: {number}

        Hòa Vang, ngày 10 tháng 3 năm 2026

        KẾ HOẠCH

        Thực hiện công tác bình đẳng giới năm 2026

        {cites}

        I. MỤC ĐÍCH, YÊU CẦU

        Nâng cao nhận thức về bình đẳng giới.

        II. NỘI DUNG

        1. Tổ chức truyền thông về bình đẳng giới cho cán bộ. Thời gian: quý II/2026.

        """;

    private string Write(string relative, string text)
    {
        var path = Path.Combine(dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void SameFileNameInTwoFolders_AreTwoPlansNamedByTheirFolders()
    {
        Write("so-y-te/ke-hoach-2026.txt", Document("Sở Y tế tỉnh Hòa Bình Giả", "41/KH-SYT"));
        Write("bv-a/ke-hoach-2026.txt", Document("Bệnh viện Đa khoa Giả A", "7/KH-BV"));
        Write("khac.txt", Document("Trung tâm Y tế Giả", "3/KH-TTYT"));

        var result = PlanLoader.Load([dir]);

        Assert.Empty(result.Errors);
        Assert.Equal(["bv-a/ke-hoach-2026", "khac", "so-y-te/ke-hoach-2026"], result.Plans.Select(p => p.Id));
        Assert.Equal(["41/KH-SYT", "7/KH-BV"], result.Plans.Where(p => p.Id.Contains('/')).Select(p => p.Number?.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SameFileNameInSameNamedFolders_TakesAsManyFoldersAsNeeded()
    {
        Write("tinh-a/so-y-te/ke-hoach.md", Document("Sở Y tế tỉnh A Giả", "1/KH-SYT"));
        Write("tinh-b/so-y-te/ke-hoach.md", Document("Sở Y tế tỉnh B Giả", "2/KH-SYT"));

        var result = PlanLoader.Load([dir]);

        Assert.Equal(["tinh-a/so-y-te/ke-hoach", "tinh-b/so-y-te/ke-hoach"], result.Plans.Select(p => p.Id));
    }

    [Fact]
    public void SameNameInOneFolderWithTwoExtensions_KeepsTheExtension()
    {
        Write("ke-hoach.md", Document("Sở Y tế Giả", "1/KH-SYT"));
        Write("ke-hoach.txt", Document("Sở Y tế Giả", "2/KH-SYT"));

        var result = PlanLoader.Load([dir]);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Plans.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(result.Plans, p => Assert.Matches(@"ke-hoach\.(md|txt)$", p.Id));
    }

    [Fact]
    public void DraftAndItsParentWithOneFileName_BothLoad()
    {
        var draft = Write("draft/ke-hoach.md", Document("Bệnh viện Đa khoa Giả", "", "Căn cứ Kế hoạch số 41/KH-SYT ngày 02/3/2026 của Sở Y tế tỉnh Giả;"));
        var parent = Write("received/ke-hoach.md", Document("Sở Y tế tỉnh Giả", "41/KH-SYT"));

        var result = PlanLoader.Load([draft], [parent]);

        Assert.Empty(result.Errors);
        Assert.Equal("draft/ke-hoach", Assert.Single(result.Plans).Id);
        Assert.Equal("received/ke-hoach", Assert.Single(result.Context).Id);
    }

    [Fact]
    public void FileNamedAndInTheContextFolder_IsLoadedOnceAsReported()
    {
        var plan = Write("ke-hoach.md", Document("Sở Y tế Giả", "5/KH-SYT"));
        Write("cap-tren.md", Document("UBND tỉnh Giả", "9/KH-UBND"));

        var result = PlanLoader.Load([plan], [dir]);

        Assert.Equal(["ke-hoach"], result.Plans.Select(p => p.Id));
        Assert.Equal(["cap-tren"], result.Context.Select(p => p.Id));
    }

    [Fact]
    public void DocumentNamedLikeAYamlPlanId_TakesItsFolderName_TheYamlPlanKeepsItsId()
    {
        Write("ke-hoach.yaml", PlanText.Minimal(id: "ke-hoach"));
        Write("nhan/ke-hoach.md", Document("Sở Y tế Giả", "5/KH-SYT"));

        var result = PlanLoader.Load([dir]);

        Assert.Empty(result.Errors);
        Assert.Equal(["ke-hoach", "nhan/ke-hoach"], result.Plans.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ContextYamlPlanWithTheIdOfOneReportedOn_IsLeftOut()
    {
        var draft = Write("draft/p.yaml", PlanText.Minimal(id: "same", number: "1/KH-SYT"));
        Write("issued/p.yaml", PlanText.Minimal(id: "same", number: "2/KH-SYT"));

        var result = PlanLoader.Load([draft], [Path.Combine(dir, "issued")]);

        Assert.Empty(result.Errors);
        Assert.Equal("1/KH-SYT", Assert.Single(result.Plans).Number?.Value);
        Assert.Empty(result.Context);
    }

    // ---- folder scan: only plan documents ----------------------------------------------------------------------------

    [Fact]
    public void FolderScan_SkipsYamlFilesThatAreNotPlans_AndListsThem()
    {
        Write("a.yaml", PlanText.Minimal(id: "a"));
        Write("answer-key.yaml", "cascade: thử\nfindings:\n  a.yaml: []\n");
        Write("ruleset.yaml", "format: ruleset/1\nrules: {}\n");

        var result = PlanLoader.Load([dir]);

        Assert.Empty(result.Errors);
        Assert.Equal(["a"], result.Plans.Select(p => p.Id));
        Assert.Equal(["answer-key.yaml:skipped-not-a-plan", "ruleset.yaml:skipped-not-a-plan"],
            result.Skipped.Select(s => Path.GetFileName(s.Location.File) + ":" + s.Code));
    }

    [Fact]
    public void FolderScan_ReadsAYamlPlanWithoutItsFormatKey()
    {
        Write("p.yaml", PlanText.Minimal(id: "no-format").Replace("format: compliance-plan/1\n", string.Empty, StringComparison.Ordinal));

        var result = PlanLoader.Load([dir]);

        Assert.Equal("no-format", Assert.Single(result.Plans).Id);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void FolderScan_BrokenYamlThatSaysItIsAPlan_IsAnInputErrorWithLineAndColumn()
    {
        Write("hong.yaml", "format: compliance-plan/1\nid: hong\ntitle: [chưa đóng\n");

        var result = PlanLoader.Load([dir]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("yaml-syntax", error.Code);
        Assert.EndsWith("hong.yaml", error.Location.File);
        Assert.True(error.Location.Line > 0 && error.Location.Column > 0, error.Location.ToString());
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void FolderScan_DoesNotEnterHiddenFolders()
    {
        Write("a.yaml", PlanText.Minimal(id: "a"));
        Write(".git/hooks/x.yaml", "format: compliance-plan/1\nid: [\n");
        Write(".github/workflows/ci.yml", "name: ci\non: [push]\n");

        var result = PlanLoader.Load([dir]);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Skipped);
        Assert.Equal(["a"], result.Plans.Select(p => p.Id));
    }

    [Fact]
    public void FolderScan_DoesNotFollowASymbolicLinkBackIntoTheScan()
    {
        Write("sub/a.yaml", PlanText.Minimal(id: "a"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "sub", "vong"), dir);
        Directory.CreateSymbolicLink(Path.Combine(dir, "ban-sao"), Path.Combine(dir, "sub"));

        var result = PlanLoader.Load([dir]);

        Assert.Empty(result.Errors);
        Assert.EndsWith("sub/a.yaml", Assert.Single(result.Plans).Location.File);
        Assert.All(result.Skipped, s => Assert.Equal("skipped-folder-seen", s.Code));
        Assert.Equal(["ban-sao", "sub/vong"], result.Skipped.Select(s => Path.GetRelativePath(dir, s.Location.File).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("format: compliance-plan/1\nid: p\n", true)]
    [InlineData("format: \"compliance-plan/2\"\n", true)]
    [InlineData("id: p\ntitle: Kế hoạch\n", true)]
    [InlineData("", true)]
    [InlineData("format: ruleset/1\nrules: {}\n", false)]
    [InlineData("format: coverage-pairs/1\nid: x\ntitle: y\n", false)]
    [InlineData("cascade: x\nimport:\n  id: 1\n", false)]
    [InlineData("name: ci\non: [push]\njobs: {}\n", false)]
    public void IsPlanYaml_ByFormatOrByTheKeysOfAPlan(string text, bool expected) => Assert.Equal(expected, PlanLoader.IsPlanYaml(text));
}

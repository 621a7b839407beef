using System.Text;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Importing;

/// <summary>Documents through <see cref="PlanLoader"/>: dispatch by extension, folder scans, unreadable input with file:line.</summary>
public sealed class DocumentLoadingTests : IDisposable
{
    private const string Minimal = "KẾ HOẠCH\nTuyên truyền về bình đẳng giới năm 2026\n\n1. Tuyên truyền\n- Thời gian: Quý II/2026\n";

    private readonly string dir = Directory.CreateTempSubdirectory("ce-import-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void FolderMixingYamlAndDocuments_LoadsEachAndSkipsReadmes()
    {
        File.WriteAllText(Path.Combine(dir, "a.yaml"), PlanText.Minimal(id: "a"));
        File.WriteAllText(Path.Combine(dir, "b.md"), Minimal);
        File.WriteAllText(Path.Combine(dir, "c.txt"), Minimal);
        File.Copy(Repo.Path("fixtures", "import", "kh-ttyt-tam-duong-2026.docx"), Path.Combine(dir, "d.docx"));
        File.WriteAllText(Path.Combine(dir, "README.md"), "# About this folder\n");
        File.WriteAllText(Path.Combine(dir, "cascade.README.md"), "# Notes\n");
        File.WriteAllText(Path.Combine(dir, "~$d.docx"), "lock");

        var result = PlanLoader.Load([dir]);

        Assert.Empty(result.Errors);
        Assert.Equal(["a", "b", "c", "d"], result.Plans.Select(p => p.Id));
        Assert.EndsWith("b.md", result.Plans[1].Tasks[0].Location.File, StringComparison.Ordinal);
        Assert.Equal(4, result.Plans[1].Tasks[0].Location.Line);
    }

    [Fact]
    public void LegacyVietnameseEncoding_IsAnErrorWithItsLine()
    {
        // "KẾ HOẠCH" typed with a TCVN3 (ABC) font: Latin-1 letters standing for Vietnamese ones, valid UTF-8 but not Unicode Vietnamese.
        File.WriteAllText(Path.Combine(dir, "tcvn3.txt"), "Sè: 12/KH-UBND\nKÕ HO¹CH\nTuyªn truyÒn vÒ b×nh ®¼ng giíi\n", new UTF8Encoding(false));

        var error = Assert.Single(PlanLoader.Load([Path.Combine(dir, "tcvn3.txt")]).Errors);

        // Line 2: the first with a letter only the legacy font uses ("¹" standing for "Ạ"); "è" of line 1 is also Unicode Vietnamese.
        Assert.Equal(("legacy-encoding", 2), (error.Code, error.Location.Line));
        Assert.EndsWith("tcvn3.txt:2:1", error.Location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Windows1258Bytes_AreNotUtf8WithTheirLine()
    {
        var bytes = Encoding.ASCII.GetBytes("KE HOACH\nTuyen truyen\nS").Concat(new byte[] { 0xD5, 0x20 }).Concat(Encoding.ASCII.GetBytes("Y te\n")).ToArray();
        File.WriteAllBytes(Path.Combine(dir, "cp1258.md"), bytes);

        var error = Assert.Single(PlanLoader.Load([Path.Combine(dir, "cp1258.md")]).Errors);

        Assert.Equal(("not-utf8", 3), (error.Code, error.Location.Line));
    }

    [Fact]
    public void BinaryFileNamedTxt_IsAnErrorWithItsLine()
    {
        File.WriteAllBytes(Path.Combine(dir, "x.txt"), [(byte)'a', (byte)'\n', (byte)'b', 0x00, 0x01]);

        var error = Assert.Single(PlanLoader.Load([Path.Combine(dir, "x.txt")]).Errors);

        Assert.Equal(("binary-file", 2), (error.Code, error.Location.Line));
    }

    [Fact]
    public void FileNamedDocxThatIsNotWord_IsUnreadableNotACrash()
    {
        File.WriteAllText(Path.Combine(dir, "notes.docx"), "just text");

        var error = Assert.Single(PlanLoader.Load([Path.Combine(dir, "notes.docx")]).Errors);

        Assert.Equal(("unreadable", 1), (error.Code, error.Location.Line));
        Assert.Contains("not a Word document", error.Args["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16TextWithBom_IsRead()
    {
        File.WriteAllText(Path.Combine(dir, "u16.txt"), Minimal, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var plan = Assert.Single(PlanLoader.Load([Path.Combine(dir, "u16.txt")]).Plans);

        Assert.Equal("KẾ HOẠCH Tuyên truyền về bình đẳng giới năm 2026", plan.Title);
    }
}

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
}

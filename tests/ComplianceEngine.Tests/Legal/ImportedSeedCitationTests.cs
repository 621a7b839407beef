using ComplianceEngine.Core.Loading;
using ComplianceEngine.Tests.Support;

namespace ComplianceEngine.Tests.Legal;

/// <summary>The legal rules read citations of imported documents as they read structured plans: same verdicts, at document lines.</summary>
public sealed class ImportedSeedCitationTests
{
    [Theory]
    [InlineData("001_0f6675b2cba987fa.txt", new[] { "23 CE-L003", "23 CE-L004", "23 CE-L005", "25 CE-L004", "25 CE-L005", "25 CE-L009", "45 CE-L012" })]
    [InlineData("004_a24cbc1ae2d40f4e.txt", new[] { "21 CE-L008", "37 CE-L006", "37 CE-L009", "50 CE-L005" })]
    [InlineData("000_e9cd2d02cd492238.txt", new[] { "71 CE-L005" })]
    [InlineData("002_7e8e160c5670c66d.txt", new string[0])]
    [InlineData("003_da39caddab931df9.txt", new string[0])]
    public void SeedDocument_GivesTheSpecDefectsAtItsOwnLines(string seed, string[] expected)
    {
        var loaded = PlanLoader.Load([Path.Combine(Repo.Seeds, seed)]);
        Assert.Empty(loaded.Errors);

        Assert.Equal(expected, LegalHarness.Legal([.. loaded.Plans]));
    }
}

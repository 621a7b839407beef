using System.Text;
using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Cascade;

namespace ComplianceEngine.Tests.Coverage;

/// <summary>Syllables, abbreviations and the topic lexicon: the normalisation text coverage rests on.</summary>
public sealed class VietnameseNormalisationTests
{
    private static AbbreviationTable Abbreviations => AbbreviationTable.TryParse(RuleAssembly.ReadResource("rules/catalogs/abbreviations.yaml"), "abbreviations.yaml").Table!;

    private static string Keys(string text) => string.Join(' ', SyllableReader.Read(text).Select(s => s.Key));

    private static string Expanded(string text) => string.Join(' ', Abbreviations.Expand(SyllableReader.Read(text)).Select(s => s.Key));

    [Fact]
    public void DecomposedAndComposedText_GiveTheSameKeys()
    {
        var composed = "Bình đẳng giới".Normalize(NormalizationForm.FormC);
        var decomposed = "Bình đẳng giới".Normalize(NormalizationForm.FormD);

        Assert.Equal(Keys(composed), Keys(decomposed));
        Assert.Equal("binh dang gioi", Keys(decomposed));
    }

    [Fact]
    public void CaseDiacriticsAndOldTonePlacement_AreFolded() => Assert.Equal(Keys("THANH HOÁ"), Keys("Thanh Hóa"));

    [Theory]
    [InlineData("tỷ lệ", "tỉ lệ")]      // ratio, two spellings
    [InlineData("quy hoạch", "qui hoạch")]
    [InlineData("kỹ năng", "kĩ năng")]
    public void YAndIAfterAConsonant_AreOneSyllable(string a, string b) => Assert.Equal(Keys(a), Keys(b));

    [Fact]
    public void Dates_KeepDayAndMonth() => Assert.Equal("ngay 20/10 8/3", Keys("Ngày 20/10/2018, 08/3"));

    [Fact]
    public void Punctuation_BreaksButAmpersandIsVa()
    {
        var syllables = SyllableReader.Read("phòng, chống TB&XH");

        Assert.Equal("phong chong tb va xh", string.Join(' ', syllables.Select(s => s.Key)));
        Assert.Equal([false, true, false, false, false], syllables.Select(s => s.BreakBefore));
    }

    [Theory]
    [InlineData("BĐG", "binh dang gioi")]
    [InlineData("bdg", "binh dang gioi")]
    [InlineData("VSTBCPN", "vi su tien bo cua phu nu")]
    [InlineData("VSTBPN", "vi su tien bo cua phu nu")]
    [InlineData("BLGĐ", "bao luc gia dinh")]
    [InlineData("CBCCVC", "can bo cong chuc vien chuc")]
    [InlineData("LĐ-TB&XH", "lao dong thuong binh va xa hoi")]
    [InlineData("Sở LĐTBXH", "so lao dong thuong binh va xa hoi")]
    [InlineData("HĐND, UBND", "hoi dong nhan dan uy ban nhan dan")]
    public void Abbreviations_AreExpanded(string text, string expected) => Assert.Equal(expected, Expanded(text));

    [Fact]
    public void AnOrdinarySyllable_IsNotTakenForAnAbbreviation() => Assert.Equal("can bo nu", Expanded("cán bộ nữ"));

    [Fact]
    public void DuplicateAbbreviation_IsAnErrorAtItsLine()
    {
        var (_, error) = AbbreviationTable.TryParse("format: abbreviation-table/1\nabbreviations:\n  - { short: BĐG, long: bình đẳng giới }\n  - { short: BDG, long: bình đẳng giới }\n", "a.yaml");

        Assert.Equal(("duplicate-id", 4), (error!.Code, error.Location.Line));
    }

    [Fact]
    public void UnknownKeyInTheLexicon_IsAnError()
    {
        var (_, error) = TopicLexicon.TryParse("format: topic-lexicon/1\ntopics:\n  - id: a\n    label: { vi: a, en: a }\n    weight: 1\n    term: [x]\n", "t.yaml");

        Assert.Equal(("unknown-key", 6), (error!.Code, error.Location.Line));
    }

    [Fact]
    public void TopicWeightOutsideZeroToOne_IsAnError() =>
        Assert.Equal("bad-enum", TopicLexicon.TryParse("format: topic-lexicon/1\ntopics:\n  - id: a\n    label: { vi: a, en: a }\n    weight: 2\n", "t.yaml").Error!.Code);

    [Fact]
    public void BuiltInLexicon_LoadsAndCoversTheTopicsOfTheIssue()
    {
        var (lexicon, error) = TopicLexicon.TryParse(RuleAssembly.ReadResource("rules/catalogs/topics.yaml"), "topics.yaml");

        Assert.Null(error);
        Assert.Superset(
            new HashSet<string> { "tuyen-truyen", "can-bo-nu", "bao-luc-gioi", "thang-hanh-dong", "kiem-tra", "bao-cao", "ban-vstbcpn", "tap-huan", "thong-ke", "long-ghep", "suc-khoe-sinh-san", "thuc-hien-vbqppl", "kinh-phi", "ngay-ky-niem" },
            lexicon!.Topics.Select(t => t.Id).ToHashSet());
        Assert.Contains("và", lexicon.StopSyllables);
    }

    [Fact]
    public void BuiltInMatcher_IsBuilt() => Assert.NotNull(ComplianceEngine.Rules.RuleAssembly.CoverageMatcher);
}

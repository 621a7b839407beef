using System.Text;
using ComplianceEngine.Tests.Support;
using NJsonSchema;
using YamlDotNet.Serialization;

namespace ComplianceEngine.Tests.Meta;

/// <summary>Every fixture loads, validates against the JSON Schema, and every text file is UTF-8, NFC, LF.</summary>
public sealed class FixtureTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(Repo.Path("docs", "plan.schema.json")).GetAwaiter().GetResult());

    public static TheoryData<string> PlanFiles() => [.. Fixtures.PlanFiles().Select(f => Path.GetRelativePath(Repo.Root, f))];

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void Fixture_ValidatesAgainstSchema(string file)
    {
        // Dates stay strings: the schema says YYYY-MM-DD strings, and YAML 1.2 core schema has no timestamp type.
        var yaml = new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(Repo.Path(file)));
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(yaml!);
        var errors = Schema.Value.Validate(ToTypedJson(json));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void Schema_RejectsUnknownKeyAndBadLevel()
    {
        var errors = Schema.Value.Validate("{\"id\": \"p\", \"title\": \"T\", \"issuer\": \"X\", \"level\": \"region\", \"status\": \"draft\", \"dealine\": \"x\"}");

        Assert.Equal(2, errors.Count);
    }

    [Theory]
    [MemberData(nameof(PlanFiles))]
    public void Fixture_LoadsWithoutInputErrors(string file)
    {
        var result = Core.Loading.PlanLoader.Load([Repo.Path(file)]);

        Assert.Empty(result.Errors.Select(e => InputErrorText.Render(e, Language.En)));
    }

    [Fact]
    public void TextFiles_AreUtf8NfcAndLf()
    {
        var strict = new UTF8Encoding(false, true);
        var bad = new List<string>();
        foreach (var root in new[] { "fixtures", "rules", "docs", "src", "tests" })
        {
            foreach (var f in Directory.EnumerateFiles(Repo.Path(root), "*", SearchOption.AllDirectories)
                         .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && Path.GetExtension(f) is ".yaml" or ".yml" or ".md" or ".cs" or ".json"))
            {
                var bytes = File.ReadAllBytes(f);
                string text;
                try
                {
                    text = strict.GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                    bad.Add(f + ": not UTF-8");
                    continue;
                }

                if (text.Contains('\r')) bad.Add(f + ": CR line ends");
                if (!text.TrimStart('\uFEFF').IsNormalized(NormalizationForm.FormC)) bad.Add(f + ": not NFC");
            }
        }

        Assert.Empty(bad);
    }

    // YamlDotNet's JSON-compatible output quotes every scalar; the schema wants integers as numbers (doc_line, year).
    private static string ToTypedJson(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"(doc_line|year)\": \"(\\d+)\"", "\"$1\": $2");
}

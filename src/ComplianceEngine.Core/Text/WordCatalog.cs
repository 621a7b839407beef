using System.Text.RegularExpressions;
using ComplianceEngine.Core.Loading;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Core.Text;

/// <summary>
/// A vocabulary file of <c>rules/catalogs/</c> shipped inside this assembly (report kinds, indicator words): named word
/// lists, each readable as a whole-word matcher that ignores case but keeps diacritics ("năm" is not "nam").
/// </summary>
internal sealed class WordCatalog
{
    private readonly YamlMappingNode root;

    private WordCatalog(YamlMappingNode root, string name)
    {
        this.root = root;
        Name = name;
    }

    /// <summary>The file name, for messages.</summary>
    public string Name { get; }

    /// <summary>The embedded catalogue <paramref name="fileName"/> whose <c>format</c> must be <paramref name="format"/>.</summary>
    /// <exception cref="InvalidDataException">A broken built-in catalogue is a build defect, caught by the tests.</exception>
    public static WordCatalog Embedded(string fileName, string format)
    {
        var assembly = typeof(WordCatalog).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("catalogs/" + fileName, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var root = YamlDocumentReader.ReadRoot(reader.ReadToEnd(), fileName) as YamlMappingNode
            ?? throw new InvalidDataException($"{fileName}: not a mapping");
        var catalog = new WordCatalog(root, fileName);
        if (catalog.Scalar("format") != format)
        {
            throw new InvalidDataException($"{fileName}: format is not {format}");
        }

        return catalog;
    }

    /// <summary>The scalar under <paramref name="key"/>, or null.</summary>
    public string? Scalar(string key) => Child(root, key) is YamlScalarNode s ? s.Value : null;

    /// <summary>The words listed under <paramref name="key"/> (empty when absent).</summary>
    public IReadOnlyList<string> Words(string key) => Words(root, key);

    /// <summary>The mapping under <paramref name="key"/>, as name → words.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Words)> Groups(string key) =>
        Child(root, key) switch
        {
            YamlMappingNode m => m.Children.Select(c => (((YamlScalarNode)c.Key).Value!, Words(m, ((YamlScalarNode)c.Key).Value!))).ToList(),
            YamlSequenceNode s => s.Children.OfType<YamlMappingNode>().Select(c => (((YamlScalarNode)Child(c, "kind")!).Value!, Words(c, "words"))).ToList(),
            _ => [],
        };

    /// <summary>A regex that finds any of <paramref name="words"/> as whole words, case-insensitively, longest first.</summary>
    public static Regex Matcher(IEnumerable<string> words)
    {
        var alternatives = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)
            .Select(w => Regex.Escape(w.Normalize(System.Text.NormalizationForm.FormC)).Replace(@"\ ", @"\s+", StringComparison.Ordinal)).ToList();
        var pattern = alternatives.Count == 0 ? "(?!)" : $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static YamlNode? Child(YamlMappingNode m, string key) => m.Children.TryGetValue(new YamlScalarNode(key), out var n) ? n : null;

    private static IReadOnlyList<string> Words(YamlMappingNode m, string key) =>
        Child(m, key) is YamlSequenceNode s ? s.Children.OfType<YamlScalarNode>().Select(x => x.Value ?? string.Empty).Where(x => x.Length > 0).ToList() : [];
}

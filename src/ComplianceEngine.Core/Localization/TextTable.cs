using System.Reflection;
using ComplianceEngine.Core.Input;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Core.Localization;

/// <summary>A table of human-facing texts (key → Vietnamese and English) read from an embedded YAML file.</summary>
public sealed class TextTable
{
    private readonly IReadOnlyDictionary<string, LocalizedText> texts;

    private TextTable(IReadOnlyDictionary<string, LocalizedText> texts) => this.texts = texts;

    /// <summary>Messages of input errors.</summary>
    public static TextTable InputErrors { get; } = Embedded("input-errors.yaml");

    /// <summary>Fixed texts of reports (headings, labels).</summary>
    public static TextTable Report { get; } = Embedded("report-strings.yaml");

    /// <summary>All keys.</summary>
    public IEnumerable<string> Keys => texts.Keys;

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, placeholders filled.</summary>
    public string Get(string key, Language language, IReadOnlyDictionary<string, string>? args = null) =>
        texts.TryGetValue(key, out var t) ? t.Format(language, args ?? new Dictionary<string, string>()) : key;

    /// <summary>The text of <paramref name="key"/> with name/value placeholders.</summary>
    public string Get(string key, Language language, params (string Name, string Value)[] args) =>
        Get(key, language, args.ToDictionary(a => a.Name, a => a.Value));

    /// <summary>A table read from the embedded YAML resource of <paramref name="assembly"/> whose name ends with <paramref name="name"/> (texts of another project: the web page's).</summary>
    public static TextTable FromResource(Assembly assembly, string name) => Embedded(name, assembly);

    private static TextTable Embedded(string name, Assembly? from = null)
    {
        var assembly = from ?? typeof(TextTable).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var root = (YamlMappingNode)YamlDocumentReader.ReadRoot(reader.ReadToEnd(), name);
        var result = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (k, v) in root.Children)
        {
            var m = (YamlMappingNode)v;
            result[((YamlScalarNode)k).Value!] = new LocalizedText(
                ((YamlScalarNode)m.Children[new YamlScalarNode("vi")]).Value!,
                ((YamlScalarNode)m.Children[new YamlScalarNode("en")]).Value!);
        }

        return new TextTable(result);
    }
}

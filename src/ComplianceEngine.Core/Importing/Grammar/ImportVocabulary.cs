using ComplianceEngine.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Core.Importing.Grammar;

/// <summary>What the items under a numbered section title are.</summary>
internal enum HeadingRole
{
    /// <summary>Not a section title.</summary>
    NotHeading,

    /// <summary>"Mục đích", "Chỉ tiêu", "Thời gian": nothing under it is a task.</summary>
    None,

    /// <summary>"Nội dung hoạt động", "Nhiệm vụ": the items under it are tasks.</summary>
    Tasks,

    /// <summary>"Tổ chức thực hiện": the items under it are duties per body.</summary>
    Duties,
}

/// <summary>
/// The word lists of the task grammar (<c>rules/catalogs/labels.yaml</c>, format <c>label-vocabulary/1</c>), embedded in
/// this assembly: labels of lead, support, time and content fields, section titles that are not tasks, the words unit
/// names start with, verbs that end a subject, request words and the issuer's internal offices. Entries are kept folded.
/// </summary>
internal sealed class ImportVocabulary
{
    private static readonly Lazy<ImportVocabulary> Lazy = new(Load);

    private ImportVocabulary(Dictionary<string, List<string>> lists, Dictionary<string, HeadingRole> headings)
    {
        LeadLabels = Folded(lists, "lead");
        SupportLabels = Folded(lists, "support");
        TimeLabels = Folded(lists, "time");
        ContentLabels = Folded(lists, "content");
        UnitHeads = lists.GetValueOrDefault("unit-heads") ?? [];
        Verbs = lists.GetValueOrDefault("verbs") ?? [];
        RequestWords = Folded(lists, "request");
        InternalUnits = [.. lists.GetValueOrDefault("internal-units") ?? []];
        InternalUnits = InternalUnits.Select(VietnameseText.Fold).ToList();
        Headings = headings;
        ItemWords = lists.GetValueOrDefault("item-words") ?? [];
    }

    /// <summary>The built-in vocabulary.</summary>
    public static ImportVocabulary Default => Lazy.Value;

    /// <summary>Labels of the lead-unit field ("đơn vị thực hiện"), folded.</summary>
    public IReadOnlySet<string> LeadLabels { get; }

    /// <summary>Labels of the supporting-units field ("đơn vị phối hợp"), folded.</summary>
    public IReadOnlySet<string> SupportLabels { get; }

    /// <summary>Labels of the timeline field ("thời hạn", "hạn gửi"), folded.</summary>
    public IReadOnlySet<string> TimeLabels { get; }

    /// <summary>Labels that announce content ("nội dung"), folded.</summary>
    public IReadOnlySet<string> ContentLabels { get; }

    /// <summary>Words a unit name starts with, as written.</summary>
    public IReadOnlyList<string> UnitHeads { get; }

    /// <summary>Words that introduce a numbered item ("hoạt động" in "Hoạt động 1."), as written; compared ignoring case.</summary>
    public IReadOnlyList<string> ItemWords { get; }

    /// <summary>Verbs that end the subject of a duty, as written.</summary>
    public IReadOnlyList<string> Verbs { get; }

    /// <summary>Words that make a duty a request ("đề nghị"), folded.</summary>
    public IReadOnlySet<string> RequestWords { get; }

    /// <summary>Folded names of the issuer's own offices ("cac khoa, phong").</summary>
    public IReadOnlyList<string> InternalUnits { get; }

    private IReadOnlyDictionary<string, HeadingRole> Headings { get; }

    /// <summary>True when <paramref name="label"/> (folded, no colon) labels a lead, support, time or content field.</summary>
    public bool IsFieldLabel(string label) =>
        LeadLabels.Contains(label) || SupportLabels.Contains(label) || TimeLabels.Contains(label) || ContentLabels.Contains(label);

    /// <summary>The role of a numbered line's title ("Tổ chức thực hiện" → duties); <see cref="HeadingRole.NotHeading"/> for other titles.</summary>
    public HeadingRole HeadingOf(string title)
    {
        var f = VietnameseText.Fold(title).Trim().TrimEnd(':', '.').Trim();
        if (Headings.TryGetValue(f, out var role))
        {
            return role;
        }

        // "Một số chỉ tiêu chủ yếu năm 2022": a short title that starts with or names a heading word.
        var words = f.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 8)
        {
            foreach (var (key, r) in Headings.Where(h => h.Value == HeadingRole.None && h.Key.Contains(' ', StringComparison.Ordinal)))
            {
                if ((" " + f + " ").Contains(" " + key + " ", StringComparison.Ordinal))
                {
                    return r;
                }
            }
        }

        return HeadingRole.NotHeading;
    }

    /// <summary>True when every unit of <paramref name="units"/> is one of the issuer's own offices.</summary>
    public bool AreInternal(IReadOnlyList<string> units) =>
        units.Count > 0 && units.All(u => InternalUnits.Any(i => VietnameseText.Fold(u).StartsWith(i, StringComparison.Ordinal)));

    private static IReadOnlySet<string> Folded(Dictionary<string, List<string>> lists, string key) =>
        (lists.GetValueOrDefault(key) ?? []).Select(VietnameseText.Fold).ToHashSet(StringComparer.Ordinal);

    private static ImportVocabulary Load()
    {
        const string name = "rules/catalogs/labels.yaml";
        using var stream = typeof(ImportVocabulary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var headings = new Dictionary<string, HeadingRole>(StringComparer.Ordinal);
        string[] known = ["format", "lead", "support", "time", "content", "headings", "unit-heads", "verbs", "request", "internal-units", "item-words"];
        foreach (var (k, v) in root.Children)
        {
            var key = ((YamlScalarNode)k).Value ?? string.Empty;
            if (!known.Contains(key))
            {
                throw new InvalidDataException($"{name}:{k.Start.Line}: unknown key '{key}'");
            }

            if (key == "headings" && v is YamlMappingNode roles)
            {
                foreach (var (rk, rv) in roles.Children)
                {
                    var role = ((YamlScalarNode)rk).Value switch { "none" => HeadingRole.None, "tasks" => HeadingRole.Tasks, _ => HeadingRole.Duties };
                    foreach (var item in ((YamlSequenceNode)rv).Children.OfType<YamlScalarNode>())
                    {
                        headings[VietnameseText.Fold(item.Value ?? string.Empty)] = role;
                    }
                }
            }
            else if (v is YamlSequenceNode seq)
            {
                lists[key] = seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList();
            }
        }

        if (((root.Children.TryGetValue(new YamlScalarNode("format"), out var f) ? f : null) as YamlScalarNode)?.Value != "label-vocabulary/1")
        {
            throw new InvalidDataException($"{name}: format must be label-vocabulary/1");
        }

        return new ImportVocabulary(lists, headings);
    }
}

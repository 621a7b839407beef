using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;

namespace ComplianceEngine.Core.Coverage;

/// <summary>A topic of the lexicon ("tuyên truyền", "cán bộ nữ", "Tháng hành động vì bình đẳng giới").</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Label">Name shown in reports.</param>
/// <param name="Weight">How much sharing the topic says about two tasks (0..1); a broad topic weighs less.</param>
/// <param name="SatisfiedByPlan">
/// The child plan itself carries the topic out ("xây dựng kế hoạch của đơn vị": the child plan is that plan), so every child has it.
/// </param>
public sealed record Topic(string Id, LocalizedText Label, double Weight, bool SatisfiedByPlan = false)
{
    /// <summary>
    /// Whether a document whose title is about this topic (a Tháng hành động dispatch, a plan against violence) is thematic:
    /// it implements only the parent tasks on its theme.
    /// </summary>
    public bool DefinesScope { get; init; }
}

/// <summary>
/// The curated topic lexicon (<c>rules/catalogs/topics.yaml</c>, format <c>topic-lexicon/1</c>): topics with the
/// Vietnamese terms that name them, the syllables that carry no meaning ("và", "của"), and the terms that are
/// everywhere in this domain or are mere verbs of doing ("thực hiện", "bình đẳng giới") and so weigh little.
/// </summary>
public sealed class TopicLexicon
{
    private TopicLexicon(
        IReadOnlySet<string> stopSyllables,
        IReadOnlyList<string> lowTerms,
        IReadOnlyList<string> commonTerms,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<TopicTerm> terms)
    {
        StopSyllables = stopSyllables;
        LowTerms = lowTerms;
        CommonTerms = commonTerms;
        Topics = topics;
        Terms = terms;
    }

    /// <summary>
    /// Syllables that are ignored ("và", "của", "các"), lower case with their diacritics: folding would make "có" the
    /// same as "cơ" (cơ sở) and "từ" the same as "tư" (tư pháp).
    /// </summary>
    public IReadOnlySet<string> StopSyllables { get; }

    /// <summary>Verbs of doing and other terms that say little about what a task is ("thực hiện", "triển khai").</summary>
    public IReadOnlyList<string> LowTerms { get; }

    /// <summary>Terms present in nearly every task of this domain ("bình đẳng giới", "vì sự tiến bộ của phụ nữ").</summary>
    public IReadOnlyList<string> CommonTerms { get; }

    /// <summary>The topics.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The terms of every topic, as written.</summary>
    public IReadOnlyList<TopicTerm> Terms { get; }

    /// <summary>Reads a lexicon from YAML text; an input error (with its line) instead when it is malformed.</summary>
    public static (TopicLexicon? Lexicon, InputError? Error) TryParse(string yaml, string file)
    {
        try
        {
            return (Parse(yaml, file), null);
        }
        catch (InputErrorException e)
        {
            return (null, e.Error);
        }
    }

    /// <summary>Reads a lexicon from YAML text.</summary>
    /// <exception cref="InputErrorException">On a malformed file, with its position.</exception>
    internal static TopicLexicon Parse(string yaml, string file)
    {
        var m = YamlMapping.Of(YamlDocumentReader.ReadRoot(yaml, file), file, "topic lexicon", "format", "stop_syllables", "low_terms", "common_terms", "topics");
        var format = m.Located("format");
        if (format is null || format.Value != "topic-lexicon/1")
        {
            throw new InputErrorException(InputError.At(format?.Location ?? m.Location, "bad-format", ("value", format?.Value ?? string.Empty)));
        }

        var topics = new List<Topic>();
        var terms = new List<TopicTerm>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in m.List("topics", n => YamlMapping.Of(n, file, "topic", "id", "label", "weight", "satisfied_by_plan", "defines_scope", "terms", "mentions")))
        {
            var id = t.RequiredLocated("id");
            if (!lines.TryAdd(id.Value, id.Location.Line))
            {
                throw new InputErrorException(InputError.At(id.Location, "duplicate-id", ("what", "topic"), ("id", id.Value), ("first", lines[id.Value].ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }

            var label = YamlMapping.Of(t.Node("label") ?? throw Missing(t, "label"), file, "label", "vi", "en");
            var weight = t.RequiredLocated("weight");
            if (!double.TryParse(weight.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) || w < 0 || w > 1)
            {
                throw new InputErrorException(InputError.At(weight.Location, "bad-enum", ("key", "weight"), ("value", weight.Value), ("allowed", "a number from 0 to 1")));
            }

            var satisfied = t.Located("satisfied_by_plan");
            if (satisfied is not null && satisfied.Value is not ("true" or "false"))
            {
                throw new InputErrorException(InputError.At(satisfied.Location, "bad-enum", ("key", "satisfied_by_plan"), ("value", satisfied.Value), ("allowed", "true, false")));
            }

            var scope = t.Located("defines_scope");
            if (scope is not null && scope.Value is not ("true" or "false"))
            {
                throw new InputErrorException(InputError.At(scope.Location, "bad-enum", ("key", "defines_scope"), ("value", scope.Value), ("allowed", "true, false")));
            }

            topics.Add(new Topic(id.Value, new LocalizedText(label.Required("vi"), label.Required("en")), w, satisfied?.Value == "true") { DefinesScope = scope?.Value == "true" });
            terms.AddRange(t.Strings("terms").Select(s => new TopicTerm(id.Value, s.Value, Strong: true)));
            terms.AddRange(t.Strings("mentions").Select(s => new TopicTerm(id.Value, s.Value, Strong: false)));
        }

        var stop = m.Strings("stop_syllables").Select(s => s.Value.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return new TopicLexicon(stop, m.Strings("low_terms").Select(s => s.Value).ToList(), m.Strings("common_terms").Select(s => s.Value).ToList(), topics, terms);
    }

    private static InputErrorException Missing(YamlMapping m, string key) =>
        new(InputError.At(m.Location, "missing-field", ("key", key), ("what", "topic")));
}

/// <summary>A term of a topic. A strong term says what a task is about; a mention only names the subject in passing.</summary>
public sealed record TopicTerm(string TopicId, string Text, bool Strong);

namespace ComplianceEngine.Core.Coverage;

/// <summary>A topic found in a piece of text: strong terms say what the text is about, mentions only name it.</summary>
/// <param name="TopicId">The topic.</param>
/// <param name="Strong">Found by a strong term.</param>
/// <param name="Lead">The first strong topic of the text: what the sentence is about.</param>
/// <param name="Governor">
/// When the topic is the subject of an activity named before it ("truyền thông <b>về</b> sức khỏe sinh sản"), that activity's
/// topic: the two must be found together in one child task.
/// </param>
internal readonly record struct TopicHit(string TopicId, bool Strong, bool Lead, string? Governor = null);

/// <summary>A syllable kept for comparison, with what was dropped or written before it.</summary>
/// <param name="Break">Punctuation or a dropped syllable stands before it: no term runs across.</param>
/// <param name="Clause">A clause ends before it (; . :).</param>
/// <param name="About">"về" stands before it: what follows is what the activity before is about.</param>
internal readonly record struct ContentSyllable(string Key, string Display, bool Break, bool Clause, bool About);

/// <summary>A multi-syllable term of a text, its weight and how it was written.</summary>
internal readonly record struct Term(string Key, double Weight, string Display, int Length);

/// <summary>What one piece of text (a title, a bullet) says, for comparison: its topics and weighted terms.</summary>
internal sealed class TextProfile(IReadOnlyList<TopicHit> topics, IReadOnlyDictionary<string, Term> terms)
{
    public IReadOnlyList<TopicHit> Topics { get; } = topics;

    public IReadOnlyDictionary<string, Term> Terms { get; } = terms;
}

/// <summary>
/// Turns text into a <see cref="TextProfile"/>: syllables (NFC, folded), abbreviations expanded, stop syllables dropped,
/// topic terms found (longest first; the syllables they cover are taken out of the terms, so that "Tháng hành động vì
/// bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới" is one campaign, not a mention of violence),
/// then syllable unigrams, bigrams and trigrams weighted by length and by the lexicon's low and common terms.
/// </summary>
internal sealed class TextAnalyzer
{
    private const double UnigramWeight = 0.25;
    private const double BigramWeight = 1.0;
    private const double TrigramWeight = 0.5;
    private const double LowFactor = 0.1;
    private const double CommonFactor = 0.15;

    private readonly AbbreviationTable abbreviations;
    private readonly IReadOnlySet<string> stop;
    private readonly Dictionary<string, List<(string[] Keys, string TopicId, bool Strong)>> topicStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Keys, bool Common)>> weakStarts = new(StringComparer.Ordinal);

    public TextAnalyzer(TopicLexicon lexicon, AbbreviationTable abbreviations)
    {
        this.abbreviations = abbreviations;
        stop = lexicon.StopSyllables;
        foreach (var term in lexicon.Terms)
        {
            var keys = ContentKeys(term.Text);
            if (keys.Length > 0)
            {
                (topicStarts.TryGetValue(keys[0], out var list) ? list : topicStarts[keys[0]] = []).Add((keys, term.TopicId, term.Strong));
            }
        }

        foreach (var (text, common) in lexicon.LowTerms.Select(t => (t, false)).Concat(lexicon.CommonTerms.Select(t => (t, true))))
        {
            var keys = ContentKeys(text);
            if (keys.Length > 0)
            {
                (weakStarts.TryGetValue(keys[0], out var list) ? list : weakStarts[keys[0]] = []).Add((keys, common));
            }
        }

        // Longest first, strong before mention at equal length: the most specific reading wins.
        foreach (var list in topicStarts.Values)
        {
            list.Sort((a, b) => a.Keys.Length != b.Keys.Length ? b.Keys.Length.CompareTo(a.Keys.Length) : b.Strong.CompareTo(a.Strong));
        }
    }

    public TextProfile Analyze(string text)
    {
        var content = Content(text);
        var n = content.Count;
        var consumed = new bool[n];
        var hits = new List<TopicHit>();
        var lead = false;
        string? activity = null;
        var about = false;
        for (var j = 0; j < n;)
        {
            if (content[j].Clause)
            {
                activity = null;
                about = false;
            }

            about |= content[j].About && activity is not null;
            var length = 0;
            if (topicStarts.TryGetValue(content[j].Key, out var candidates))
            {
                foreach (var (keys, topicId, strong) in candidates)
                {
                    if (Matches(content, j, keys))
                    {
                        var governor = strong && about && activity != topicId ? activity : null;
                        hits.Add(new TopicHit(topicId, strong, strong && !lead, governor));
                        lead |= strong;
                        if (strong && governor is null)
                        {
                            activity = topicId;
                        }

                        length = keys.Length;
                        break;
                    }
                }
            }

            if (length == 0)
            {
                j++;
                continue;
            }

            Array.Fill(consumed, true, j, length);
            j += length;
        }

        // 0 = content, 1 = common term, 2 = low term.
        var weak = new int[n];
        for (var j = 0; j < n; j++)
        {
            if (weakStarts.TryGetValue(content[j].Key, out var candidates))
            {
                foreach (var (keys, common) in candidates.Where(c => Matches(content, j, c.Keys)))
                {
                    for (var k = j; k < j + keys.Length; k++)
                    {
                        weak[k] = Math.Max(weak[k], common ? 1 : 2);
                    }
                }
            }
        }

        var terms = new Dictionary<string, Term>(StringComparer.Ordinal);
        for (var j = 0; j < n; j++)
        {
            for (var length = 1; length <= 3 && j + length <= n; length++)
            {
                var end = j + length - 1;
                if (consumed[end] || (length > 1 && content[end].Break))
                {
                    break;
                }

                if (consumed[j])
                {
                    break;
                }

                var allWeak = true;
                var anyCommon = false;
                for (var k = j; k <= end; k++)
                {
                    allWeak &= weak[k] > 0;
                    anyCommon |= weak[k] == 1;
                }

                var factor = allWeak ? (anyCommon ? CommonFactor : LowFactor) : 1.0;
                var weight = factor * (length switch { 1 => UnigramWeight, 2 => BigramWeight, _ => TrigramWeight });
                var key = length switch
                {
                    1 => content[j].Key,
                    2 => string.Concat(content[j].Key, " ", content[j + 1].Key),
                    _ => string.Concat(content[j].Key, " ", content[j + 1].Key, " ", content[j + 2].Key),
                };
                if (!terms.TryGetValue(key, out var existing) || existing.Weight < weight)
                {
                    var display = length switch
                    {
                        1 => content[j].Display,
                        2 => string.Concat(content[j].Display, " ", content[j + 1].Display),
                        _ => string.Concat(content[j].Display, " ", content[j + 1].Display, " ", content[j + 2].Display),
                    };
                    terms[key] = new Term(key, weight, display, length);
                }
            }
        }

        return new TextProfile(hits, terms);
    }

    private static bool Matches(List<ContentSyllable> content, int at, string[] keys)
    {
        if (at + keys.Length > content.Count)
        {
            return false;
        }

        for (var k = 0; k < keys.Length; k++)
        {
            if (!string.Equals(content[at + k].Key, keys[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private string[] ContentKeys(string text) => Content(text).Select(s => s.Key).ToArray();

    // Syllables with abbreviations expanded and stop syllables and bare numbers dropped. Topic terms match across a
    // dropped syllable ("phòng ngừa và ứng phó" = "phòng ngừa, ứng phó"); terms do not ("cán bộ của phòng" has no "bộ phòng").
    private List<ContentSyllable> Content(string text)
    {
        var result = new List<ContentSyllable>();
        var pendingBreak = false;
        var pendingClause = false;
        var pendingAbout = false;
        foreach (var s in abbreviations.Expand(SyllableReader.Read(text)))
        {
            pendingClause |= s.ClauseBefore;
            if (s.IsNumber || stop.Contains(s.Display))
            {
                pendingBreak = true;
                pendingAbout |= s.Display == "về";
                continue;
            }

            result.Add(new ContentSyllable(s.Key, s.Display, result.Count > 0 && (pendingBreak || s.BreakBefore), pendingClause, pendingAbout));
            pendingBreak = pendingClause = pendingAbout = false;
        }

        return result;
    }
}

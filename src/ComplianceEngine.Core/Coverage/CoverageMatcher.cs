using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Coverage;

/// <summary>
/// A child plan prepared for coverage questions, built once per child: its <c>implements</c> links, and an inverted
/// index from each term and topic to the child tasks (and reports) that contain it, with how prominently.
/// </summary>
public sealed class ChildPlanIndex
{
    // The text index is built on first use: a child whose links cover every parent task never needs it.
    private readonly Lazy<(List<string> Items, Dictionary<string, Dictionary<int, double>> Terms, Dictionary<string, Dictionary<int, double>> Topics)> text;

    internal ChildPlanIndex(
        Plan plan,
        IReadOnlyDictionary<string, List<string>> links,
        Func<(List<string>, Dictionary<string, Dictionary<int, double>>, Dictionary<string, Dictionary<int, double>>)> buildText)
    {
        Plan = plan;
        Links = links;
        text = new Lazy<(List<string>, Dictionary<string, Dictionary<int, double>>, Dictionary<string, Dictionary<int, double>>)>(buildText);
    }

    /// <summary>The child plan.</summary>
    public Plan Plan { get; }

    /// <summary>True when any task, report or indicator of the child says which parent item it implements.</summary>
    public bool HasLinks => Links.Count > 0;

    /// <summary>Ids of the child's tasks, then its reports, by position.</summary>
    internal IReadOnlyList<string> Items => text.Value.Items;

    /// <summary>Parent item id → the child items that say they implement it.</summary>
    internal IReadOnlyDictionary<string, List<string>> Links { get; }

    /// <summary>Term key → item → presence (1 in a title, less in a bullet).</summary>
    internal Dictionary<string, Dictionary<int, double>> TermPostings => text.Value.Terms;

    /// <summary>Topic id → item → presence.</summary>
    internal Dictionary<string, Dictionary<int, double>> TopicPostings => text.Value.Topics;
}

/// <summary>
/// Decides whether a child plan covers a parent task (SPEC §3 "Coverage"): by the child's explicit <c>implements</c>
/// links when it has any; otherwise, for plans without links (imported documents), by matching Vietnamese text —
/// shared topics of the curated lexicon and shared multi-syllable terms, with the parent task allowed to be spread
/// over a few child tasks. Cost is linear in the sizes of the parent task and the child's index.
/// </summary>
public sealed class CoverageMatcher
{
    private static readonly IReadOnlyDictionary<int, double> Empty = new Dictionary<int, double>();

    private readonly TextAnalyzer analyzer;

    // A parent task is compared with every child of the parent: its text is analysed once, not once per child. A child plan
    // indexed after it was a parent reuses the analyses (the cache is not filled from children: most plans are leaves).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TextProfile> parentProfiles = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Topic> topics;

    /// <summary>A matcher over <paramref name="lexicon"/> and <paramref name="abbreviations"/>.</summary>
    public CoverageMatcher(TopicLexicon lexicon, AbbreviationTable abbreviations)
    {
        analyzer = new TextAnalyzer(lexicon, abbreviations);
        topics = lexicon.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    private TextProfile AnalyzeParent(string text)
    {
        if (parentProfiles.Count > 100_000)
        {
            parentProfiles.Clear(); // Bounded: a long-running service must not grow without end.
        }

        return parentProfiles.GetOrAdd(text, analyzer.Analyze);
    }

    private TextProfile AnalyzeChild(string text) => parentProfiles.TryGetValue(text, out var profile) ? profile : analyzer.Analyze(text);

    /// <summary>
    /// The scope topics (<see cref="Topic.DefinesScope"/>) a document's title is about: non-empty for a thematic document
    /// ("triển khai Tháng hành động vì bình đẳng giới …"), empty for a general plan.
    /// </summary>
    public IReadOnlyList<Topic> Themes(string title) =>
        analyzer.Analyze(title).Topics.Where(h => h.Strong && topics.TryGetValue(h.TopicId, out var t) && t.DefinesScope)
            .Select(h => topics[h.TopicId]).DistinctBy(t => t.Id).ToList();

    /// <summary>
    /// Whether <paramref name="task"/> only asks the unit to draw up and issue its own plan ("Xây dựng, ban hành kế hoạch
    /// thực hiện … của đơn vị"): its title is about topics met by a plan alone (<see cref="Topic.SatisfiedByPlan"/>) and nothing else.
    /// </summary>
    public bool AsksForThePlan(PlanTask task)
    {
        var strong = AnalyzeParent(task.Title).Topics.Where(h => h.Strong).Select(h => h.TopicId).Distinct().ToList();
        return strong.Count > 0 && strong.All(id => topics.TryGetValue(id, out var t) && t.SatisfiedByPlan);
    }

    /// <summary>Whether <paramref name="task"/>'s title or bullets are about one of <paramref name="themes"/>.</summary>
    public bool IsAbout(PlanTask task, IReadOnlyList<Topic> themes) =>
        new[] { task.Title }.Concat(task.Details).Any(text => AnalyzeParent(text).Topics.Any(h => h.Strong && themes.Any(t => t.Id == h.TopicId)));

    /// <summary>Indexes <paramref name="child"/>: its links, and the terms and topics of its tasks and reports. Build once per child plan.</summary>
    public ChildPlanIndex Index(Plan child) => Index(child, new CoverageOptions());

    /// <summary>As <see cref="Index(Plan)"/>, with the presence weights of <paramref name="options"/>.</summary>
    public ChildPlanIndex Index(Plan child, CoverageOptions options)
    {
        var links = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var linked = child.Tasks.SelectMany(t => t.Implements.Select(l => (Parent: l.Value, Child: t.Id)))
            .Concat(child.Reports.SelectMany(r => r.Implements.Select(l => (Parent: l.Value, Child: r.Id))))
            .Concat(child.Indicators.SelectMany(i => i.Implements.Select(l => (Parent: l.Value, Child: i.Id))));
        foreach (var (parent, item) in linked)
        {
            (links.TryGetValue(parent, out var list) ? list : links[parent] = []).Add(item);
        }

        return new ChildPlanIndex(child, links, () => IndexText(child, options));
    }

    private (List<string>, Dictionary<string, Dictionary<int, double>>, Dictionary<string, Dictionary<int, double>>) IndexText(Plan child, CoverageOptions options)
    {
        var items = new List<string>();
        var terms = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        var topicPostings = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        var texts = child.Tasks.Select(t => (t.Id, t.Title, t.Details)).Concat(child.Reports.Select(r => (r.Id, r.Title, Details: (IReadOnlyList<string>)[])));
        foreach (var (id, title, details) in texts)
        {
            var item = items.Count;
            items.Add(id);
            Post(AnalyzeChild(title), item, inTitle: true, options, terms, topicPostings);
            foreach (var detail in details)
            {
                Post(AnalyzeChild(detail), item, inTitle: false, options, terms, topicPostings);
            }
        }

        return (items, terms, topicPostings);
    }

    /// <summary>
    /// Whether <paramref name="child"/> covers <paramref name="parentTask"/>: by explicit links when the child has any
    /// (the closest task by text is still named, as a hint), else by text.
    /// </summary>
    public CoverageDecision Decide(PlanTask parentTask, ChildPlanIndex child, CoverageOptions options)
    {
        if (AsksForThePlan(parentTask) && !(child.HasLinks && child.Links.ContainsKey(parentTask.Id)))
        {
            return new CoverageDecision(true, 1.0, CoverageMethod.PlanItself, null, [], [], []);
        }

        if (!child.HasLinks)
        {
            return DecideByText(parentTask, child, options);
        }

        if (child.Links.TryGetValue(parentTask.Id, out var linked))
        {
            return new CoverageDecision(true, 1.0, CoverageMethod.ExplicitLink, linked[0], linked, [], []);
        }

        var hint = DecideByText(parentTask, child, options);
        return hint with { Covered = false, Method = CoverageMethod.ExplicitLink };
    }

    /// <summary>
    /// Whether the text of <paramref name="child"/>'s tasks covers <paramref name="parentTask"/>, ignoring links. A parent
    /// task whose title names no topic of its own but has bullets (an umbrella: "nhiệm vụ thường xuyên của Ban …") is judged
    /// on its bullets: its score is the mean score of its better half of bullets, so that it counts as covered when about
    /// half of them are carried out.
    /// </summary>
    public CoverageDecision DecideByText(PlanTask parentTask, ChildPlanIndex child, CoverageOptions options)
    {
        var title = AnalyzeParent(parentTask.Title);
        var details = parentTask.Details.Select(AnalyzeParent).ToList();
        Match match;

        // A bullet that only asks for the unit's own plan is met by every child plan: it does not count towards the half.
        var countable = Enumerable.Range(0, details.Count)
            .Where(i => !details[i].Topics.Any(h => h.Strong) || !details[i].Topics.Where(h => h.Strong).All(h => topics.TryGetValue(h.TopicId, out var t) && t.SatisfiedByPlan))
            .ToList();
        if (!title.Topics.Any(h => h.Strong) && details.Count >= 2 && countable.Count > 0)
        {
            // Each bullet is judged like a task: its first clause as its title, the rest as its details.
            var bullets = countable.Select(i => SplitClause(parentTask.Details[i]))
                .Select(b => Score(Profile(AnalyzeParent(b.Head), b.Tail is null ? [] : [AnalyzeParent(b.Tail)], child, options), child, options))
                .OrderByDescending(m => m.Score).Take((countable.Count + 1) / 2).ToList();
            match = new Match(
                bullets.Average(b => b.Score),
                bullets.Where(b => b.Score > 0).SelectMany(b => b.Items).Distinct().ToList(),
                bullets.SelectMany(b => b.Topics).DistinctBy(t => t.Id).ToList(),
                bullets.SelectMany(b => b.Terms).Distinct(StringComparer.Ordinal).Take(5).ToList());
        }
        else
        {
            match = Score(Profile(title, details, child, options), child, options);
        }

        return new CoverageDecision(match.Score >= options.CoverThreshold && match.Items.Count > 0, match.Score, CoverageMethod.TextMatch,
            match.Items.Count > 0 ? child.Items[match.Items[0]] : null, match.Items.Select(i => child.Items[i]).ToList(), match.Topics, match.Terms);
    }

    private Match Score(ParentProfile parent, ChildPlanIndex child, CoverageOptions options)
    {
        var groups = new[] { parent.Topics, parent.TitleTerms, parent.DetailTerms };
        var totals = groups.Select(g => g.Sum(f => f.Weight)).ToArray();

        // One pass over the parent's features and their postings gives every child item's own score.
        var sums = new Dictionary<int, double[]>();
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var feature in groups[g])
            {
                foreach (var (item, presence) in feature.Postings)
                {
                    (sums.TryGetValue(item, out var s) ? s : sums[item] = new double[3])[g] += feature.Weight * presence;
                }
            }
        }

        if (sums.Count == 0)
        {
            return new Match(0, [], [], []);
        }

        var ranked = sums.Select(s => (Item: s.Key, Score: Combine(s.Value, totals, options)))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Item).ToList();
        if (ranked[0].Score <= 0)
        {
            return new Match(0, [], [], []);
        }

        // A parent task may be carried out by several child tasks: add the next best while each adds enough. Each feature's
        // best presence among the tasks chosen so far is kept, so a candidate costs one pass over the features.
        var chosen = new List<int> { ranked[0].Item };
        var score = ranked[0].Score;
        var best = Array.ConvertAll(groups, g => g.Select(f => Math.Max(0.0, f.Postings.GetValueOrDefault(ranked[0].Item))).ToArray());
        var together = new double[groups.Length];
        foreach (var (item, single) in ranked.Skip(1))
        {
            if (chosen.Count >= options.MaxSpread || single < options.SpreadFloor)
            {
                break;
            }

            Sums(groups, best, item, together);
            var combined = Combine(together, totals, options);
            if (combined - score >= options.SpreadGain)
            {
                chosen.Add(item);
                score = combined;
                for (var g = 0; g < groups.Length; g++)
                {
                    for (var f = 0; f < groups[g].Count; f++)
                    {
                        best[g][f] = Math.Max(best[g][f], groups[g][f].Postings.GetValueOrDefault(item));
                    }
                }
            }
        }

        var shared = groups.Select(g => g.Where(f => chosen.Any(f.Postings.ContainsKey)).ToList()).ToArray();
        var sharedTopics = shared[0].OrderByDescending(f => f.Weight).Select(f => topics[f.Key]).ToList();
        return new Match(score, chosen, sharedTopics, SharedTerms(shared[1].Concat(shared[2])));
    }

    private static double Combine(double[] sums, double[] totals, CoverageOptions options)
    {
        double Share(int g) => totals[g] > 0 ? Math.Min(1, sums[g] / totals[g]) : 0;

        var terms = totals[1] > 0 && totals[2] > 0 ? (options.TitleTermShare * Share(1)) + ((1 - options.TitleTermShare) * Share(2))
            : totals[1] > 0 ? Share(1) : Share(2);
        return totals[0] > 0 ? (options.TopicShare * Share(0)) + ((1 - options.TopicShare) * terms) : terms * options.NoTopicFactor;
    }

    // The weighted presence of each group's features in the chosen tasks (their best presence so far) plus one more item.
    private static void Sums(IReadOnlyList<Feature>[] groups, double[][] best, int item, double[] sums)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            var sum = 0.0;
            for (var f = 0; f < groups[g].Count; f++)
            {
                sum += groups[g][f].Weight * Math.Max(best[g][f], groups[g][f].Postings.GetValueOrDefault(item));
            }

            sums[g] = sum;
        }
    }

    // The most telling shared terms, longest and heaviest first, without repeating a term inside a longer one shown.
    private static List<string> SharedTerms(IEnumerable<Feature> terms)
    {
        var shown = new List<string>();
        var keys = new List<string>();
        foreach (var term in terms.Where(t => t.Weight >= 0.2).OrderByDescending(t => t.Length).ThenByDescending(t => t.Weight).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            if (keys.Any(k => (" " + k + " ").Contains(" " + term.Key + " ", StringComparison.Ordinal)) || shown.Contains(term.Display, StringComparer.Ordinal))
            {
                continue;
            }

            keys.Add(term.Key);
            shown.Add(term.Display);
            if (shown.Count == 5)
            {
                break;
            }
        }

        return shown;
    }

    // What a parent task (or one bullet of it) is about: the topics of its title, the first weighing most (those leading
    // its bullets when the title names none), the terms of its title and, apart, of its bullets; each feature with the
    // child items it is found in.
    private ParentProfile Profile(TextProfile title, IReadOnlyList<TextProfile> details, ChildPlanIndex child, CoverageOptions options)
    {
        var topicWeights = new Dictionary<string, double>(StringComparer.Ordinal);

        void AddTopic(string id, double weight)
        {
            var w = weight * (topics.TryGetValue(id, out var topic) ? topic.Weight : 0);
            if (w > 0 && topicWeights.GetValueOrDefault(id) < w)
            {
                topicWeights[id] = w;
            }
        }

        // Distinct activities weigh less the later they come; a subject ("… về sức khỏe sinh sản") weighs as its activity
        // does and must be found in the same child task as it.
        var activities = new List<string>();
        var governors = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var hit in title.Topics)
        {
            if (!hit.Strong)
            {
                AddTopic(hit.TopicId, options.ParentMention);
            }
            else if (hit.Governor is { } governor)
            {
                governors.TryAdd(hit.TopicId, governor);
                AddTopic(hit.TopicId, 1.0);
            }
            else
            {
                governors[hit.TopicId] = null;
                if (!activities.Contains(hit.TopicId))
                {
                    activities.Add(hit.TopicId);
                }

                AddTopic(hit.TopicId, Math.Pow(options.ParentOtherTopic, Math.Min(activities.IndexOf(hit.TopicId), 2)));
            }
        }

        if (activities.Count == 0)
        {
            foreach (var hit in details.SelectMany(d => d.Topics).Where(h => h.Lead))
            {
                AddTopic(hit.TopicId, options.ParentDetailTopic);
            }
        }

        var detailTerms = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var term in details.SelectMany(d => d.Terms.Values).Where(t => !title.Terms.ContainsKey(t.Key)))
        {
            if (!detailTerms.TryGetValue(term.Key, out var existing) || existing.Weight < term.Weight)
            {
                detailTerms[term.Key] = term;
            }
        }

        IReadOnlyDictionary<int, double> Postings(Dictionary<string, Dictionary<int, double>> index, string key) =>
            index.TryGetValue(key, out var p) ? p : Empty;

        // A topic the child plan carries out by existing ("xây dựng kế hoạch của đơn vị") is present in all of its items;
        // a subject counts only in the items that also carry its activity.
        IReadOnlyDictionary<int, double> TopicPostings(string id)
        {
            var own = topics[id].SatisfiedByPlan ? Enumerable.Range(0, child.Items.Count).ToDictionary(i => i, _ => 1.0) : Postings(child.TopicPostings, id);
            if (!governors.TryGetValue(id, out var governor) || governor is null)
            {
                return own;
            }

            var with = TopicPostings(governor);
            return own.Where(p => with.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => Math.Min(p.Value, with[p.Key]));
        }

        return new ParentProfile(
            topicWeights.Select(t => new Feature(t.Key, t.Value, t.Key, 0, TopicPostings(t.Key))).ToList(),
            title.Terms.Values.Select(t => new Feature(t.Key, t.Weight, t.Display, t.Length, Postings(child.TermPostings, t.Key))).ToList(),
            detailTerms.Values.Select(t => new Feature(t.Key, t.Weight, t.Display, t.Length, Postings(child.TermPostings, t.Key))).ToList());
    }

    private void Post(TextProfile profile, int item, bool inTitle, CoverageOptions options, Dictionary<string, Dictionary<int, double>> terms, Dictionary<string, Dictionary<int, double>> topicPostings)
    {
        foreach (var term in profile.Terms.Values)
        {
            Raise(terms, term.Key, item, inTitle ? 1.0 : options.DetailTerm);
        }

        foreach (var hit in profile.Topics)
        {
            var presence = !hit.Strong ? options.ChildMention
                : inTitle ? (hit.Lead ? 1.0 : options.TitleOther)
                : hit.Lead ? options.DetailLead : options.DetailOther;
            Raise(topicPostings, hit.TopicId, item, presence);
        }
    }

    private static void Raise(Dictionary<string, Dictionary<int, double>> postings, string key, int item, double presence)
    {
        var list = postings.TryGetValue(key, out var l) ? l : postings[key] = [];
        if (list.GetValueOrDefault(item) < presence)
        {
            list[item] = presence;
        }
    }

    private sealed record Feature(string Key, double Weight, string Display, int Length, IReadOnlyDictionary<int, double> Postings);

    // "Tiếp tục kiện toàn Ban …; xây dựng quy chế …" → the first clause, and the rest (null when there is none).
    private static (string Head, string? Tail) SplitClause(string bullet)
    {
        var cut = -1;
        for (var i = 0; i < bullet.Length - 1 && cut < 0; i++)
        {
            if (bullet[i] == ';' || (bullet[i] is '.' or ':' && char.IsWhiteSpace(bullet[i + 1])))
            {
                cut = i;
            }
        }

        return cut <= 0 ? (bullet, null) : (bullet[..cut], bullet[(cut + 1)..]);
    }

    private sealed record Match(double Score, IReadOnlyList<int> Items, IReadOnlyList<Topic> Topics, IReadOnlyList<string> Terms);

    private sealed record ParentProfile(IReadOnlyList<Feature> Topics, IReadOnlyList<Feature> TitleTerms, IReadOnlyList<Feature> DetailTerms);
}

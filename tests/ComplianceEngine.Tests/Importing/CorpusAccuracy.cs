using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using ComplianceEngine.Core.Time;
using ComplianceEngine.Tests.Support;
using YamlDotNet.Serialization;

namespace ComplianceEngine.Tests.Importing;

/// <summary>One cascade of ../shared/corpus: its folder and the <c>import:</c> section of its answer key, per document.</summary>
internal sealed record CorpusCascade(string Name, string Folder, IReadOnlyList<(string File, Dictionary<object, object> Key)> Documents)
{
    /// <summary>The shared corpus beside the repository.</summary>
    public static string SharedRoot => Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "corpus"));

    /// <summary>
    /// The corpus measured: the shared one, or another folder of cascades with answer keys in the same format named by
    /// CE_CORPUS (documents held back), which is measured and printed but neither held to the baseline nor written to the doc.
    /// </summary>
    public static string Root => Environment.GetEnvironmentVariable("CE_CORPUS") is { Length: > 0 } other ? Path.GetFullPath(other) : SharedRoot;

    /// <summary>Whether <see cref="Root"/> is the shared corpus, the one the baseline and the doc describe.</summary>
    public static bool IsShared => Root == SharedRoot;

    /// <summary>Whether the corpus is there: at least one folder with an answer-key.yaml.</summary>
    public static bool Present => Directory.Exists(Root) && Directory.EnumerateFiles(Root, "answer-key.yaml", SearchOption.AllDirectories).Any();

    /// <summary>Every cascade folder with an answer key, in name order; documents in the key's order.</summary>
    public static IReadOnlyList<CorpusCascade> All() =>
        Directory.EnumerateDirectories(Root)
            .Where(d => File.Exists(Path.Combine(d, "answer-key.yaml")))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    private static CorpusCascade Read(string folder)
    {
        var key = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(Path.Combine(folder, "answer-key.yaml")));
        var import = key.TryGetValue("import", out var v) && v is Dictionary<object, object> map ? map : [];
        var documents = import
            .Where(kv => kv.Value is Dictionary<object, object>)
            .Select(kv => (File: kv.Key.ToString()!, Key: (Dictionary<object, object>)kv.Value))
            .ToList();
        return new CorpusCascade(Path.GetFileName(folder), folder, documents);
    }
}

/// <summary>The scores of one corpus document, and every difference from its key (for the people fixing the importer).</summary>
internal sealed record CorpusDocumentAccuracy(string Cascade, string File, IReadOnlyList<Score> Scores, IReadOnlyList<string> Differences);

/// <summary>
/// Scores the importer against the <c>import:</c> facts of the corpus answer keys (format in ../shared/corpus/README.md),
/// per field kind. Matching rules (documented in docs/import-accuracy.md, "The corpus answer keys"):
/// texts are folded (case, diacritics, spacing around punctuation); symbols by <see cref="VietnameseText.SymbolKey"/>;
/// unit names by the unit directory's key with bracketed remarks dropped; task ids folded, with the section number
/// optional on either side; deadlines computed from the timeline by <see cref="TimeExpressionParser"/>.
/// </summary>
internal static partial class CorpusAccuracy
{
    /// <summary>The field kinds, in table order.</summary>
    public static readonly string[] Kinds = ["header fields", "citations", "tasks", "lead units", "deadlines", "reports", "indicators"];

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Remark();

    [GeneratedRegex(@"\d+(?:\s*[-/]\s*[\p{L}\d]+)*\s*/\s*[\p{L}\d-]+(?:\s*-\s*[\p{L}\d]+)*")]
    private static partial Regex SymbolLike();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>Imports <paramref name="document"/> with the product's loader and scores it against <paramref name="key"/>.</summary>
    public static CorpusDocumentAccuracy Measure(string cascade, string document, Dictionary<object, object> key)
    {
        var differences = new List<string>();
        Plan? plan = null;
        if (!File.Exists(document))
        {
            differences.Add("document not found: " + document);
        }
        else
        {
            try
            {
                var result = PlanLoader.Load([document]);
                differences.AddRange(result.Errors.Select(e => "import error: " + InputErrorText.Render(e, Language.En)));
                plan = result.Plans.Count == 1 ? result.Plans[0] : null;
            }
            catch (Exception e)
            {
                differences.Add($"import failed: {e.GetType().Name}: {e.Message}");
            }
        }

        return Score(cascade, Path.GetFileName(document), plan, key, differences);
    }

    /// <summary>Scores <paramref name="plan"/> (null: nothing was imported) against <paramref name="key"/>.</summary>
    public static CorpusDocumentAccuracy Score(string cascade, string name, Plan? plan, Dictionary<object, object> key, List<string>? notes = null)
    {
        var differences = notes ?? [];
        // In table order, so that the differences read in that order too.
        var header = Header(key, plan, differences);
        var citations = Citations(key, plan, differences);
        var tasks = MatchTasks(key, plan, differences);
        var scores = new List<Score>
        {
            header,
            citations,
            tasks.Score,
            Leads(key, plan, tasks.KeyIdOf, differences),
            Deadlines(key, plan, tasks.KeyIdOf, differences),
            Reports(key, plan, differences),
            Indicators(key, plan, differences),
        };
        return new CorpusDocumentAccuracy(cascade, name, scores, differences);
    }

    // ---- header fields -------------------------------------------------------------------------------------------

    private static Score Header(Dictionary<object, object> key, Plan? plan, List<string> differences)
    {
        var parentCited = key.TryGetValue("parent_cited_as", out var pc) && pc is Dictionary<object, object> pcm ? S(pcm, "symbol") : null;
        var fields = new (string Name, string? Expected, string? Alternative, string? Actual, Func<string, string> Norm)[]
        {
            ("number", S(key, "number"), null, plan?.Number?.Value, VietnameseText.SymbolKey),
            ("type", S(key, "type"), null, plan?.DocumentType, s => Text(Remark().Replace(s, " "))),
            ("date", S(key, "date"), null, Iso(plan?.IssueDate?.Value), s => s),
            ("issuer", S(key, "issuer"), null, plan?.Issuer.Value, Unit),
            ("level", S(key, "level"), null, plan is null ? null : plan.Level.ToString().ToLowerInvariant(), s => s),

            // The importer reads the parent as cited; a wrongly cited parent (parent_cited_as) is still read right.
            ("parent", S(key, "parent"), parentCited, plan?.Parent?.Number, VietnameseText.SymbolKey),
        };

        int tp = 0, fp = 0, fn = 0;
        foreach (var (name, expected, alternative, actual, norm) in fields)
        {
            var a = Blank(actual) ? null : norm(actual!);
            var e = Blank(expected) ? null : norm(expected!);
            var alt = Blank(alternative) ? null : norm(alternative!);
            if (e is not null && (a == e || (alt is not null && a == alt)))
            {
                tp++;
                continue;
            }

            if (e is not null)
            {
                fn++;
            }

            if (a is not null)
            {
                fp++;
            }

            if (e is not null || a is not null)
            {
                differences.Add($"header fields: {name}: expected «{expected ?? "(none)"}»{(alternative is null ? string.Empty : $" or «{alternative}»")} got «{actual ?? "(none)"}»");
            }
        }

        return new Score("header fields", tp, fp, fn);
    }

    // ---- citations -----------------------------------------------------------------------------------------------

    private sealed record KeyCitation(string? Symbol, string? Date, string Name, IReadOnlyList<string> Aliases, string? RefersTo, string Shown);

    private sealed record ProductCitation(string? Symbol, HashSet<string> Dates, string Name, string Shown);

    private static Score Citations(Dictionary<object, object> key, Plan? plan, List<string> differences)
    {
        var expected = Items(key, "citations").Select(c =>
        {
            var symbol = S(c, "symbol");
            var refersTo = S(c, "refers_to") is { } r && SymbolLike().Match(r) is { Success: true } m ? VietnameseText.SymbolKey(m.Value) : null;
            var name = S(c, "title") ?? string.Empty;

            // "Luật Bình đẳng giới (“Luật BĐG”)": the name without its remark, and the short name the remark defines.
            var aliases = Remark().Matches(name).Select(m => Text(m.Value.Trim('(', ')').Replace("“", string.Empty).Replace("”", string.Empty).Replace("\"", string.Empty))).Where(a => a.Length > 0).ToList();
            return new KeyCitation(symbol is null ? null : VietnameseText.SymbolKey(symbol), S(c, "date"), Text(Remark().Replace(name, " ")), aliases, refersTo,
                symbol is null ? $"“{name}” (by name)" : $"{symbol} @{S(c, "date") ?? "no date"}");
        }).ToList();

        // The key lists each document once; the product lists each mention. Mentions of one document are one item.
        var actual = new List<ProductCitation>();
        foreach (var c in plan?.AllCitations ?? [])
        {
            var symbol = Blank(c.Number) ? null : VietnameseText.SymbolKey(c.Number!);
            var name = Text(c.Title ?? c.Raw);
            var existing = actual.FirstOrDefault(p => symbol is not null ? p.Symbol == symbol : p.Symbol is null && p.Name == name);
            if (existing is null)
            {
                existing = new ProductCitation(symbol, [], name, symbol is null ? $"“{c.Title ?? c.Raw}” (by name)" : c.Number!);
                actual.Add(existing);
            }

            if (Iso(c.Date) is { } d)
            {
                existing.Dates.Add(d);
            }
        }

        var matched = Pair(expected, actual,
            (e, a) => e.Symbol is not null && a.Symbol == e.Symbol && (e.Date is null ? a.Dates.Count == 0 : a.Dates.Contains(e.Date)),
            (e, a) => e.Symbol is null && a.Symbol is null && (a.Name == e.Name || e.Aliases.Contains(a.Name)),
            (e, a) => e.Symbol is null && a.Symbol is null && e.Name.Length > 0 && a.Name.Length > 0 && (Contains(a.Name, e.Name) || Contains(e.Name, a.Name)),
            (e, a) => e.Symbol is null && e.RefersTo is not null && a.Symbol == e.RefersTo);

        // A by-name mention of a document the key lists (the strategy named by its title) is neither right nor wrong.
        var notScored = matched.UnmatchedActual.Where(a => a.Symbol is null && expected.Any(e => e.Name.Length > 0 && a.Name.Length > 0 && Contains(e.Name, a.Name))).ToList();
        foreach (var a in notScored)
        {
            differences.Add($"citations: not scored {a.Shown}: names a document the key lists");
        }

        var unexpected = matched.UnmatchedActual.Except(notScored).ToList();
        return Report("citations", matched.Pairs.Count, matched.UnmatchedExpected.Select(e => e.Shown), unexpected.Select(a => a.Shown + (a.Dates.Count > 0 ? " @" + string.Join("|", a.Dates.Order(StringComparer.Ordinal)) : string.Empty)), differences);
    }

    // ---- tasks, lead units, deadlines ----------------------------------------------------------------------------

    private sealed record TaskMatch(Score Score, IReadOnlyDictionary<PlanTask, string> KeyIdOf);

    private static TaskMatch MatchTasks(Dictionary<object, object> key, Plan? plan, List<string> differences)
    {
        var expected = Items(key, "tasks").Select(t => S(t, "id") ?? string.Empty).ToList();
        var actual = plan?.Tasks ?? [];
        var matched = Pair(expected, actual,
            (e, a) => Id(e) == Id(a.Id),
            (e, a) => a.Section is { Length: > 0 } s && Id(e) == Id(s + "." + a.Id),
            (e, a) => a.Section is { Length: > 0 } s && Id(a.Id).StartsWith(Id(s) + ".", StringComparison.Ordinal) && Id(e) == Id(a.Id)[(Id(s).Length + 1)..]);
        var score = Report("tasks", matched.Pairs.Count, matched.UnmatchedExpected, matched.UnmatchedActual.Select(a => $"{a.Id} (section {a.Section ?? "-"}, line {a.Location.Line}: {Short(a.Title)})"), differences);
        return new TaskMatch(score, matched.Pairs.ToDictionary(p => p.Actual, p => p.Expected));
    }

    private static Score Leads(Dictionary<object, object> key, Plan? plan, IReadOnlyDictionary<PlanTask, string> keyIdOf, List<string> differences)
    {
        var expected = Items(key, "tasks")
            .SelectMany(t => Strings(t, "lead").Select(u => (Task: S(t, "id") ?? string.Empty, Unit: u)))
            .ToList();

        // The product's leads of a task: its lead unit and the units it is assigned to, each once.
        var actual = (plan?.Tasks ?? [])
            .SelectMany(t => new[] { t.LeadUnit?.Value }.Concat(t.AssignedTo)
                .Where(u => !Blank(u))
                .DistinctBy(u => Unit(u!))
                .Select(u => (Task: keyIdOf.TryGetValue(t, out var id) ? id : "product " + t.Id, Unit: u!)))
            .ToList();
        var matched = Pair(expected, actual, (e, a) => e.Task == a.Task && Unit(e.Unit) == Unit(a.Unit));
        return Report("lead units", matched.Pairs.Count, matched.UnmatchedExpected.Select(e => $"{e.Task}: {e.Unit}"), matched.UnmatchedActual.Select(a => $"{a.Task}: {a.Unit}"), differences);
    }

    /// <summary>
    /// The deadline the product reads from a task's timeline, as the keys define it: the last day of the quarter, half
    /// year, range or deadline; none for continuous work and for recurring dates.
    /// </summary>
    public static string? Deadline(string? timeline, int? referenceYear)
    {
        if (Blank(timeline))
        {
            return null;
        }

        var value = TimeExpressionParser.Parse(timeline!, referenceYear).Value;
        return value is null || value.Kind is TimeKind.ContinuousInYear or TimeKind.Recurring ? null : value.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static Score Deadlines(Dictionary<object, object> key, Plan? plan, IReadOnlyDictionary<PlanTask, string> keyIdOf, List<string> differences)
    {
        var expected = Items(key, "tasks")
            .Where(t => !Blank(S(t, "deadline")))
            .Select(t => (Task: S(t, "id") ?? string.Empty, Date: S(t, "deadline")!))
            .ToList();
        var actual = (plan?.Tasks ?? [])
            .Select(t => (Task: keyIdOf.TryGetValue(t, out var id) ? id : "product " + t.Id, Date: Deadline(t.Timeline?.Value, plan!.ReferenceYear), Raw: t.Timeline?.Value))
            .Where(t => t.Date is not null)
            .ToList();
        var matched = Pair(expected, actual, (e, a) => e.Task == a.Task && e.Date == a.Date);
        return Report("deadlines", matched.Pairs.Count, matched.UnmatchedExpected.Select(e => $"{e.Task}: {e.Date}"), matched.UnmatchedActual.Select(a => $"{a.Task}: {a.Date} (from «{a.Raw}»)"), differences);
    }

    // ---- reports -------------------------------------------------------------------------------------------------

    private sealed record Deliverable(string Kind, string Due, string Shown);

    private static Score Reports(Dictionary<object, object> key, Plan? plan, List<string> differences)
    {
        var expected = new List<Deliverable>();
        foreach (var r in Items(key, "reports"))
        {
            var what = S(r, "what") ?? string.Empty;
            var dues = new[] { "due", "due_2", "due_3" }.Select(k => S(r, k)).Where(d => !Blank(d)).Select(d => d!).ToList();
            if (dues.Count == 0 && S(r, "recurring") is { } recurring)
            {
                expected.Add(new Deliverable("monthly", Monthly(recurring), $"monthly {Monthly(recurring)}: {what}"));
                continue;
            }

            // "báo cáo 6 tháng / năm" with two dues: one kind per due, in order, when the parts and the dues agree in number.
            var parts = what.Split([";", " / "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < dues.Count; i++)
            {
                var kind = KeyReportKind(parts.Length == dues.Count ? parts[i] : what);
                expected.Add(new Deliverable(kind, dues[i], $"{kind} {dues[i]}: {what}"));
            }
        }

        // The keys record the deadline a plan sets for its lower units' own plans under `sub_plan_deadline`, not under
        // `reports`; the product reads it as a plan-submission report (what CE-C010 compares with), so it counts here.
        if (key.TryGetValue("sub_plan_deadline", out var sub) && sub is Dictionary<object, object> subPlan && S(subPlan, "due") is { } subDue && !Blank(subDue)
            && !expected.Any(e => e.Due == subDue))
        {
            expected.Add(new Deliverable("plan", subDue, $"plan {subDue}: (sub_plan_deadline)"));
        }

        var actual = (plan?.Reports ?? []).Select(r =>
        {
            var kind = ProductReportKind(r.Kind);
            if (VietnameseText.Fold(r.Due.Value).Contains("hang thang", StringComparison.Ordinal))
            {
                return new Deliverable("monthly", Monthly(r.Due.Value), $"monthly {Monthly(r.Due.Value)}: {r.Title} «{r.Due.Value}»");
            }

            var value = TimeExpressionParser.Parse(r.Due.Value, plan!.ReferenceYear).Value;
            var due = value?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unread";
            return new Deliverable(kind, due, $"{kind} {due}: {r.Title} «{r.Due.Value}»");
        }).ToList();

        var matched = Pair(expected, actual,
            (e, a) => e.Due == a.Due && e.Kind == a.Kind,
            (e, a) => e.Due == a.Due && (e.Kind == "other" || a.Kind == "other"));
        return Report("reports", matched.Pairs.Count, matched.UnmatchedExpected.Select(e => e.Shown), matched.UnmatchedActual.Select(a => a.Shown), differences);
    }

    /// <summary>The coarse kind of a deliverable described by the key's <c>what</c>.</summary>
    private static string KeyReportKind(string what)
    {
        var f = VietnameseText.Fold(what);
        return f.Contains("thang hanh dong", StringComparison.Ordinal) ? "event"
            : f.Contains("ke hoach", StringComparison.Ordinal) ? "plan"
            : f.Contains("6 thang", StringComparison.Ordinal) ? "six-month"
            : Regex.IsMatch(f, @"\bquy\b") ? "quarterly"
            : Regex.IsMatch(f, @"\bnam\b") ? "annual"
            : "other";
    }

    /// <summary>The same coarse kinds for the product's <see cref="ReportKind"/> (by name, so kinds added later map too).</summary>
    private static string ProductReportKind(ReportKind kind) => kind.ToString().ToLowerInvariant() switch
    {
        "plan" => "plan",
        "sixmonth" => "six-month",
        "annual" => "annual",
        "quarterly" => "quarterly",
        "event" or "actionmonth" or "campaign" => "event",
        "monthly" or "statistics" => "monthly",
        _ => "other",
    };

    private static string Monthly(string text) => "day " + (Digits().Match(text) is { Success: true } m ? m.Value : "?");

    // ---- indicators ----------------------------------------------------------------------------------------------

    private sealed record Target(double? Value, string Direction, string Shown);

    private static Score Indicators(Dictionary<object, object> key, Plan? plan, List<string> differences)
    {
        var expected = Items(key, "indicators").Select(i =>
        {
            var unit = S(i, "unit") ?? string.Empty;
            var target = S(i, "target") ?? string.Empty;
            var written = target + (unit.StartsWith('/') || unit == "%" ? string.Empty : " ") + unit;
            return new Target(IndicatorValue.Parse(written, unit)?.Low, S(i, "direction") ?? string.Empty, $"{S(i, "id")} {written} {S(i, "direction")}: {Short(S(i, "name") ?? string.Empty)}");
        }).ToList();
        var actual = (plan?.Indicators ?? []).Select(i =>
        {
            var value = IndicatorValue.Parse(i.Target, i.Unit);
            var direction = i.Direction.ToString().ToLowerInvariant();
            return (Value: value, Direction: direction, Shown: $"{i.Id} «{i.Target}» {direction}: {Short(i.Name)}");
        }).ToList();

        var matched = Pair(expected, actual, (e, a) => e.Value is { } v && a.Value is { } av && e.Direction == a.Direction && (Same(v, av.Low) || Same(v, av.High)));
        return Report("indicators", matched.Pairs.Count, matched.UnmatchedExpected.Select(e => e.Shown), matched.UnmatchedActual.Select(a => a.Shown), differences);
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 + (1e-6 * Math.Abs(a));

    // ---- matching and reporting ----------------------------------------------------------------------------------

    private sealed record Pairing<TE, TA>(List<(TE Expected, TA Actual)> Pairs, List<TE> UnmatchedExpected, List<TA> UnmatchedActual);

    /// <summary>One-to-one matching in passes, strictest first: a pass pairs what the earlier ones left.</summary>
    private static Pairing<TE, TA> Pair<TE, TA>(IReadOnlyList<TE> expected, IReadOnlyList<TA> actual, params Func<TE, TA, bool>[] passes)
    {
        var pairs = new List<(TE, TA)>();
        var usedE = new bool[expected.Count];
        var usedA = new bool[actual.Count];
        foreach (var pass in passes)
        {
            for (var i = 0; i < expected.Count; i++)
            {
                if (usedE[i])
                {
                    continue;
                }

                for (var j = 0; j < actual.Count; j++)
                {
                    if (!usedA[j] && pass(expected[i], actual[j]))
                    {
                        usedE[i] = usedA[j] = true;
                        pairs.Add((expected[i], actual[j]));
                        break;
                    }
                }
            }
        }

        return new Pairing<TE, TA>(pairs, expected.Where((_, i) => !usedE[i]).ToList(), actual.Where((_, j) => !usedA[j]).ToList());
    }

    private static Score Report(string kind, int truePositives, IEnumerable<string> missing, IEnumerable<string> unexpected, List<string> differences)
    {
        var fn = 0;
        foreach (var m in missing)
        {
            fn++;
            differences.Add($"{kind}: missing    {m}");
        }

        var fp = 0;
        foreach (var u in unexpected)
        {
            fp++;
            differences.Add($"{kind}: unexpected {u}");
        }

        return new Score(kind, truePositives, fp, fn);
    }

    /// <summary>The field kinds whose precision or recall (rounded down to three decimals) is below its floor, said in words.</summary>
    public static IReadOnlyList<string> BelowFloors(IReadOnlyList<Score> totals, IReadOnlyDictionary<string, (double Precision, double Recall)> floors)
    {
        var below = new List<string>();
        foreach (var s in totals)
        {
            if (!floors.TryGetValue(s.Kind, out var floor))
            {
                below.Add($"{s.Kind}: no floor in the baseline");
                continue;
            }

            if (Floor(s.Precision) < floor.Precision)
            {
                below.Add(string.Create(CultureInfo.InvariantCulture, $"{s.Kind}: precision {s.Precision:0.000} < floor {floor.Precision:0.000}"));
            }

            if (Floor(s.Recall) < floor.Recall)
            {
                below.Add(string.Create(CultureInfo.InvariantCulture, $"{s.Kind}: recall {s.Recall:0.000} < floor {floor.Recall:0.000}"));
            }
        }

        return below;
    }

    /// <summary>Three decimals, rounded down, so that a figure written to the baseline is never above the one measured.</summary>
    public static double Floor(double value) => Math.Floor((value * 1000) + 1e-9) / 1000;

    /// <summary>Markdown table of one cascade (or of all, one row per cascade): P / R (TP, FP, FN) per field kind.</summary>
    public static string Table(string title, string rowHeading, IEnumerable<(string Row, IReadOnlyList<Score> Scores)> rows)
    {
        var list = rows.ToList();
        var sb = new StringBuilder();
        sb.Append("#### ").Append(title).Append("\n\n");
        sb.Append("| ").Append(rowHeading).Append(" | ").Append(string.Join(" | ", Kinds)).Append(" |\n");
        sb.Append("|---|").Append(string.Concat(Kinds.Select(_ => "---|"))).Append('\n');
        foreach (var (row, scores) in list)
        {
            sb.Append("| ").Append(row).Append(" | ").Append(string.Join(" | ", scores.Select(Cell))).Append(" |\n");
        }

        sb.Append("| **all** | ").Append(string.Join(" | ", Total(list.Select(r => r.Scores)).Select(s => "**" + Cell(s) + "**"))).Append(" |\n");
        return sb.ToString();
    }

    /// <summary>The scores of several rows added up, per field kind.</summary>
    public static IReadOnlyList<Score> Total(IEnumerable<IReadOnlyList<Score>> rows)
    {
        var list = rows.ToList();
        return Kinds.Select(k => list.Select(r => r.Single(s => s.Kind == k)).Aggregate(new Score(k, 0, 0, 0), (a, b) => a + b)).ToList();
    }

    /// <summary>"P% / R% (TP, FP, FN)".</summary>
    public static string Cell(Score s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Precision * 100:0.#}% / {s.Recall * 100:0.#}% ({s.TruePositives}, {s.FalsePositives}, {s.FalseNegatives})");

    // ---- normalisation -------------------------------------------------------------------------------------------

    /// <summary>Comparison key of a text: folded, quotes unified, spacing around punctuation and trailing stops ignored.</summary>
    private static string Text(string text) => ImportAccuracy.Key(text);

    /// <summary>Comparison key of a unit name: bracketed remarks dropped, then the unit directory's key.</summary>
    private static string Unit(string name) => ComplianceEngine.Rules.RuleAssembly.Units.Key(Remark().Replace(name, " "));

    /// <summary>Comparison key of a task id: folded, without spaces and a final stop.</summary>
    private static string Id(string id) => Regex.Replace(VietnameseText.Fold(id), @"\s+", string.Empty).TrimEnd('.');

    private static bool Contains(string longer, string shorter) => (" " + longer + " ").Contains(" " + shorter + " ", StringComparison.Ordinal);

    private static string? Iso(PartialDate? date) => date is null || date.IsBlank ? null : date.ToString();

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s) || s is "null" or "~";

    private static string? S(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is not null and not Dictionary<object, object> and not List<object> && !Blank(v.ToString()) ? v.ToString() : null;

    private static IEnumerable<Dictionary<object, object>> Items(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is List<object> list ? list.OfType<Dictionary<object, object>>() : [];

    private static IEnumerable<string> Strings(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var v) && v is List<object> list ? list.Where(o => o is not null).Select(o => o.ToString()!) : [];
}

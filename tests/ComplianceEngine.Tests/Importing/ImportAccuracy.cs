using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using ComplianceEngine.Tests.Support;
using YamlDotNet.Serialization;

namespace ComplianceEngine.Tests.Importing;

/// <summary>Precision and recall of one field kind on one document.</summary>
internal sealed record Score(string Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public static Score operator +(Score a, Score b) => new(a.Kind, a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>The comparison of an imported document with its hand conversion, field kind by field kind.</summary>
internal sealed record DocumentAccuracy(string Name, IReadOnlyList<Score> Scores, IReadOnlyList<Score> Agreements, IReadOnlyList<string> Differences);

/// <summary>
/// A document and its expected plan: the seeds with fixtures/seeds/*.yaml, the constructed documents of fixtures/import
/// with their *.expected.yaml, and the blind documents of fixtures/import/blind (measured only).
/// </summary>
internal sealed record ImportCase(string Name, string Document, string Expected, bool IsSeed)
{
    public override string ToString() => Name;

    public static IReadOnlyList<ImportCase> Seeds() =>
    [
        new("000 Sở Y tế Thanh Hóa 2019", Path.Combine(Repo.Seeds, "000_e9cd2d02cd492238.txt"), Repo.Path("fixtures", "seeds", "000-so-y-te-thanh-hoa-2019.yaml"), true),
        new("001 Ban VSTBCPN Thanh Hóa 2020", Path.Combine(Repo.Seeds, "001_0f6675b2cba987fa.txt"), Repo.Path("fixtures", "seeds", "001-ban-vstbcpn-thanh-hoa-2020.yaml"), true),
        new("002 BVĐK Than Uyên 2026", Path.Combine(Repo.Seeds, "002_7e8e160c5670c66d.txt"), Repo.Path("fixtures", "seeds", "002-bvdk-than-uyen-2026.yaml"), true),
        new("003 Ban VSTBCPN Kon Tum 2017", Path.Combine(Repo.Seeds, "003_da39caddab931df9.txt"), Repo.Path("fixtures", "seeds", "003-ban-vstbcpn-kon-tum-2017.yaml"), true),
        new("004 UBND Hà Nội 2018", Path.Combine(Repo.Seeds, "004_a24cbc1ae2d40f4e.txt"), Repo.Path("fixtures", "seeds", "004-ubnd-ha-noi-2018.yaml"), true),
    ];

    /// <summary>The constructed documents of fixtures/import itself; its subfolders (blind/, seeds-docx/) are not among them.</summary>
    public static IReadOnlyList<ImportCase> Constructed() =>
        Directory.EnumerateFiles(Repo.Path("fixtures", "import"), "*.expected.yaml", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(expected =>
            {
                var stem = Path.GetFileName(expected)[..^".expected.yaml".Length];
                var document = Directory.EnumerateFiles(Repo.Path("fixtures", "import"), stem + ".*").Single(f => !f.EndsWith(".yaml", StringComparison.Ordinal));
                return new ImportCase(Path.GetFileName(document), document, expected, false);
            })
            .ToList();

    /// <summary>
    /// The blind documents of fixtures/import/blind with their *.expected.yaml: written after the importer was finished and
    /// never used to tune it. They are measured and printed, never asserted against the targets.
    /// </summary>
    public static IReadOnlyList<ImportCase> Blind()
    {
        var folder = Repo.Path("fixtures", "import", "blind");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.expected.yaml")
            .Order(StringComparer.Ordinal)
            .Select(expected =>
            {
                var stem = Path.GetFileName(expected)[..^".expected.yaml".Length];
                var document = Directory.EnumerateFiles(folder, stem + ".*").Single(f => !f.EndsWith(".yaml", StringComparison.Ordinal));
                return new ImportCase(Path.GetFileName(document), document, expected, false);
            })
            .ToList();
    }
}

/// <summary>Computes <see cref="DocumentAccuracy"/> by reading both plans as YAML trees (the import through <see cref="PlanYamlWriter"/>).</summary>
internal static class ImportAccuracy
{
    /// <summary>The field kinds with a target, in table order.</summary>
    public static readonly string[] Kinds = ["citations", "dates and deadlines", "tasks", "lead units", "sections", "reports", "indicators", "recipients"];

    public static Plan Import(string document)
    {
        var result = PlanLoader.Load([document]);
        Assert.Empty(result.Errors.Select(e => InputErrorText.Render(e, Language.En)));
        return Assert.Single(result.Plans);
    }

    public static DocumentAccuracy Measure(ImportCase c) => Measure(c, PlanYamlWriter.Write(Import(c.Document)), []);

    /// <summary>
    /// As <see cref="Measure(ImportCase)"/>, but nothing fails: an import that reports input errors or throws is measured as
    /// whatever plan it produced (an empty one if none), and the errors are listed first among the differences. For the
    /// blind documents, whose figures are printed and never asserted.
    /// </summary>
    public static DocumentAccuracy MeasureWithoutAsserting(ImportCase c)
    {
        var notes = new List<string>();
        string yaml;
        try
        {
            var result = PlanLoader.Load([c.Document]);
            notes.AddRange(result.Errors.Select(e => "import error: " + InputErrorText.Render(e, Language.En)));
            yaml = result.Plans.Count == 1 ? PlanYamlWriter.Write(result.Plans[0]) : "{}";
            if (result.Plans.Count != 1)
            {
                notes.Add($"import produced {result.Plans.Count} plans; measured as an empty plan");
            }
        }
        catch (Exception e)
        {
            notes.Add($"import failed: {e.GetType().Name}: {e.Message}");
            yaml = "{}";
        }

        return Measure(c, yaml, notes);
    }

    private static DocumentAccuracy Measure(ImportCase c, string importedYaml, List<string> differences)
    {
        var actual = Tree(importedYaml);
        var expected = Tree(File.ReadAllText(c.Expected));
        var scores = new List<Score>
        {
            Compare("citations", Citations(expected), Citations(actual), differences),
            Compare("dates and deadlines", Dates(expected), Dates(actual), differences),
            Compare("tasks", Items(expected, "tasks").Select(t => $"{S(t, "id")} §{S(t, "section")}"), Items(actual, "tasks").Select(t => $"{S(t, "id")} §{S(t, "section")}"), differences),
            Compare("lead units", Leads(expected), Leads(actual), differences),
            Compare("sections", Items(expected, "sections").Select(s => $"{S(s, "number")} {Key(S(s, "title"))}"), Items(actual, "sections").Select(s => $"{S(s, "number")} {Key(S(s, "title"))}"), differences),
            Compare("reports", Items(expected, "reports").Select(Report), Items(actual, "reports").Select(Report), differences),
            Compare("indicators", Items(expected, "indicators").Select(Indicator), Items(actual, "indicators").Select(Indicator), differences),
            Compare("recipients", Strings(expected, "recipients").Select(Key), Strings(actual, "recipients").Select(Key), differences),
        };

        var agreements = new List<Score>
        {
            Agree("header fields", HeaderFields(expected, actual), differences),
            Agree("citation fields", Matched(expected, actual, AllCitations, CitationKey, ["type", "issuer", "title", "raw", "doc_line", "basis"]), differences),
            Agree("task titles", Matched(expected, actual, d => Items(d, "tasks"), t => S(t, "id") ?? string.Empty, ["title"]), differences),
            Agree("task details", Matched(expected, actual, d => Items(d, "tasks"), t => S(t, "id") ?? string.Empty, ["details", "supporting_units", "assigned_to", "doc_line"]), differences),
            Agree("report fields", Matched(expected, actual, d => Items(d, "reports"), Report, ["title", "recipient", "from", "doc_line"]), differences),
            Agree("indicator fields", Matched(expected, actual, d => Items(d, "indicators"), Indicator, ["unit", "baseline", "direction", "year", "responsible", "doc_line"]), differences),
            Agree("signer", SignerFields(expected, actual), differences),
        };

        return new DocumentAccuracy(c.Name, scores, agreements, differences);
    }

    /// <summary>The Markdown table of <paramref name="results"/>: P/R per document and field kind, then totals.</summary>
    public static string Table(IReadOnlyList<DocumentAccuracy> results, string title)
    {
        var sb = new StringBuilder();
        sb.Append("### ").Append(title).Append("\n\n");
        sb.Append("| document | ").Append(string.Join(" | ", Kinds)).Append(" |\n");
        sb.Append("|---|").Append(string.Concat(Kinds.Select(_ => "---|"))).Append('\n');
        foreach (var r in results)
        {
            sb.Append("| ").Append(r.Name).Append(" | ").Append(string.Join(" | ", r.Scores.Select(Cell))).Append(" |\n");
        }

        var totals = Kinds.Select(k => results.Select(r => r.Scores.Single(s => s.Kind == k)).Aggregate((a, b) => a + b)).ToList();
        sb.Append("| **all** | ").Append(string.Join(" | ", totals.Select(s => "**" + Cell(s) + "**"))).Append(" |\n\n");
        sb.Append("Cells: precision / recall (true positives, false positives, false negatives).\n\n");
        var agreementKinds = results[0].Agreements.Select(a => a.Kind).ToList();
        sb.Append("| document | ").Append(string.Join(" | ", agreementKinds)).Append(" |\n");
        sb.Append("|---|").Append(string.Concat(agreementKinds.Select(_ => "---|"))).Append('\n');
        foreach (var r in results)
        {
            sb.Append("| ").Append(r.Name).Append(" | ").Append(string.Join(" | ", r.Agreements.Select(a => $"{a.TruePositives}/{a.TruePositives + a.FalseNegatives}"))).Append(" |\n");
        }

        sb.Append("\nSecond table: fields of matched items that agree / fields compared (informative, no target).\n");
        return sb.ToString();
    }

    private static string Cell(Score s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Precision * 100:0.#}% / {s.Recall * 100:0.#}% ({s.TruePositives}, {s.FalsePositives}, {s.FalseNegatives})");

    private static Dictionary<object, object> Tree(string yaml) => new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(yaml) ?? [];

    private static IEnumerable<Dictionary<object, object>> Items(Dictionary<object, object> plan, string key) =>
        plan.TryGetValue(key, out var v) && v is List<object> list ? list.OfType<Dictionary<object, object>>() : [];

    private static IEnumerable<string> Strings(Dictionary<object, object> plan, string key) =>
        plan.TryGetValue(key, out var v) && v is List<object> list ? list.Select(o => o?.ToString() ?? string.Empty) : [];

    private static string? S(Dictionary<object, object> map, string key) => map.TryGetValue(key, out var v) ? v?.ToString() : null;

    private static string Field(Dictionary<object, object> map, string key) =>
        !map.TryGetValue(key, out var v) || v is null ? string.Empty
        : v is List<object> list ? string.Join(" ‖ ", list.Select(o => Key(o?.ToString())))
        : key is "doc_line" or "year" or "direction" ? v.ToString()!
        : Key(v.ToString());

    /// <summary>Comparison key of a text: folded, quotes unified, trailing punctuation and spacing ignored.</summary>
    public static string Key(string? text)
    {
        var f = VietnameseText.Fold((text ?? string.Empty).Replace('“', '"').Replace('”', '"'));
        f = Regex.Replace(f, @"\s*([-–/,;:()])\s*", "$1");
        return f.TrimEnd('.', ';', ',', ':', ' ');
    }

    private static IEnumerable<Dictionary<object, object>> AllCitations(Dictionary<object, object> plan) =>
        Items(plan, "legal_bases").Select(c => new Dictionary<object, object>(c) { ["basis"] = "yes" })
            .Concat(Items(plan, "references").Select(c => new Dictionary<object, object>(c) { ["basis"] = "no" }));

    private static string CitationKey(Dictionary<object, object> c) =>
        S(c, "number") is { } number ? $"{VietnameseText.SymbolKey(number)} @{S(c, "date")}" : "“" + Key(S(c, "title") ?? S(c, "raw")) + "”";

    private static IEnumerable<string> Citations(Dictionary<object, object> plan) => AllCitations(plan).Select(CitationKey);

    private static IEnumerable<string> Dates(Dictionary<object, object> plan)
    {
        if (S(plan, "issue_date") is { Length: > 0 } date)
        {
            yield return "issue " + date;
        }

        foreach (var t in Items(plan, "tasks").Where(t => S(t, "timeline") is not null))
        {
            yield return $"task {S(t, "id")}: {Key(S(t, "timeline"))}";
        }

        foreach (var r in Items(plan, "reports"))
        {
            yield return "due " + Report(r);
        }
    }

    private static IEnumerable<string> Leads(Dictionary<object, object> plan) =>
        Items(plan, "tasks").Where(t => S(t, "lead_unit") is not null).Select(t => $"{S(t, "id")}: {Key(S(t, "lead_unit"))}");

    private static string Report(Dictionary<object, object> r) => $"{S(r, "kind")} {Key(S(r, "due"))}";

    private static string Indicator(Dictionary<object, object> i) => $"{Key(S(i, "name"))} = {Key(S(i, "target"))}";

    private static Score Compare(string kind, IEnumerable<string> expected, IEnumerable<string> actual, List<string> differences)
    {
        var remaining = actual.GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int tp = 0, fn = 0;
        foreach (var e in expected)
        {
            if (remaining.TryGetValue(e, out var n) && n > 0)
            {
                remaining[e] = n - 1;
                tp++;
            }
            else
            {
                fn++;
                differences.Add($"{kind}: missing   {e}");
            }
        }

        var fp = 0;
        foreach (var (key, n) in remaining.Where(r => r.Value > 0).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            fp += n;
            differences.Add($"{kind}: unexpected {key}" + (n > 1 ? $" ×{n}" : string.Empty));
        }

        return new Score(kind, tp, fp, fn);
    }

    private static IEnumerable<(string Name, string Expected, string Actual)> HeaderFields(Dictionary<object, object> expected, Dictionary<object, object> actual) =>
        new[] { "number", "document_type", "title", "issuer", "unit_kinds", "level", "place", "issue_date", "period", "status" }
            .Select(k => (k, Field(expected, k), Field(actual, k)))
            .Concat(new[] { "number", "date", "issuer" }.Select(k => ("parent." + k, Parent(expected, k), Parent(actual, k))));

    private static Score Agree(string kind, IEnumerable<(string Name, string Expected, string Actual)> fields, List<string> differences)
    {
        int same = 0, different = 0;
        foreach (var (name, e, a) in fields)
        {
            if (e == a)
            {
                same++;
            }
            else
            {
                different++;
                differences.Add($"{kind}: {name}: expected «{e}» got «{a}»");
            }
        }

        return new Score(kind, same, 0, different);
    }

    private static string Parent(Dictionary<object, object> plan, string key) =>
        plan.TryGetValue("parent", out var p) && p is Dictionary<object, object> map ? Field(map, key) : string.Empty;

    private static IEnumerable<(string Name, string Expected, string Actual)> SignerFields(Dictionary<object, object> expected, Dictionary<object, object> actual)
    {
        var e = expected.TryGetValue("signer", out var es) && es is Dictionary<object, object> em ? em : [];
        var a = actual.TryGetValue("signer", out var @as) && @as is Dictionary<object, object> am ? am : [];
        return new[] { "title", "name", "doc_line" }.Select(k => ("signer." + k, Field(e, k), Field(a, k)));
    }

    private static IEnumerable<(string Name, string Expected, string Actual)> Matched(
        Dictionary<object, object> expected, Dictionary<object, object> actual, Func<Dictionary<object, object>, IEnumerable<Dictionary<object, object>>> items,
        Func<Dictionary<object, object>, string> key, string[] fields)
    {
        var pool = items(actual).GroupBy(key).ToDictionary(g => g.Key, g => new Queue<Dictionary<object, object>>(g), StringComparer.Ordinal);
        foreach (var e in items(expected))
        {
            var k = key(e);
            if (!pool.TryGetValue(k, out var queue) || queue.Count == 0)
            {
                continue;
            }

            var a = queue.Dequeue();
            foreach (var f in fields)
            {
                yield return ($"{k} {f}", Field(e, f), Field(a, f));
            }
        }
    }
}

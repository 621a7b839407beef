using System.Text;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Tests.Support;
using Xunit.Abstractions;
using YamlDotNet.Serialization;

namespace ComplianceEngine.Tests.Cascade;

/// <summary>
/// The blind cascades of fixtures/blind/ (constructed documents in layouts other than the corpus's, with answer keys in
/// the corpus format; see fixtures/blind/README.md): each is audited in-process and scored the way
/// ../shared/corpus/score.py scores a report — expected findings found, errors on clean files, findings on traps.
/// The figures are printed, never asserted: the cascades are a measurement of how the engine generalises, and must not
/// become a target to tune to.
/// </summary>
public sealed class BlindCascadeTests(ITestOutputHelper output)
{
    /// <summary>Every folder of fixtures/blind with an answer key.</summary>
    public static TheoryData<string> Cascades()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Repo.Path("fixtures", "blind")).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "answer-key.yaml")))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cascades))]
    public void BlindCascade_IsScoredAndPrintedNotAsserted(string cascade)
    {
        var folder = Repo.Path("fixtures", "blind", cascade);
        var key = (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(Path.Combine(folder, "answer-key.yaml")))!;
        var loaded = PlanLoader.Load([folder], Repo.Root);
        var findings = RuleHarness.Evaluate(loaded.Plans.ToArray()).Findings
            .Select(f => new Scored(
                f.Location.File.Replace('\\', '/'),
                f.Rule.Category.ToString().ToLowerInvariant(),
                f.Severity,
                f.Location.Line,
                (f.Message(Language.Vi) + " {\"kind\": \"" + f.Subject.Kind + "\", \"id\": \"" + f.Subject.Id + "\"}").ToLowerInvariant(),
                $"{f.Rule.Id} {f.Severity.ToString().ToLowerInvariant()} {Path.GetFileName(f.Location.File)}:{f.Location.Line} {f.Subject.Id}"))
            .ToList();

        var (found, total, missed) = Expected(key, findings);
        var clean = List(key, "clean").SelectMany(c => findings.Where(f => f.File.EndsWith(c, StringComparison.Ordinal) && f.Severity == Severity.Error)).ToList();
        var traps = Traps(key, findings);

        var sb = new StringBuilder();
        sb.Append(cascade).Append(": found ").Append(found).Append('/').Append(total);
        sb.Append(missed.Count > 0 ? " (missed " + string.Join(", ", missed) + ")" : string.Empty);
        sb.Append("; errors on clean files ").Append(clean.Count).Append("; forbidden ").Append(traps.Count);
        sb.Append(traps.Count > 0 ? " (" + string.Join(", ", traps.Select(t => t.Id + "×" + t.Hits.Count)) + ")" : string.Empty).Append('\n');
        foreach (var f in clean)
        {
            sb.Append("  error on a clean file: ").Append(f.Describe).Append('\n');
        }

        foreach (var (id, hits) in traps)
        {
            sb.Append("  trap ").Append(id).Append(": ").Append(string.Join("; ", hits.Select(h => h.Describe))).Append('\n');
        }

        foreach (var f in findings.Where(f => f.Severity == Severity.Error))
        {
            sb.Append("  error: ").Append(f.Describe).Append('\n');
        }

        output.WriteLine(sb.ToString());
        Assert.True(total > 0, $"{cascade}: its answer key lists no expected finding");
    }

    private sealed record Scored(string File, string Category, Severity Severity, int Line, string Text, string Describe);

    private static (int Found, int Total, List<string> Missed) Expected(Dictionary<object, object> key, List<Scored> findings)
    {
        int found = 0, total = 0;
        var missed = new List<string>();
        if (key.GetValueOrDefault("findings") is not Dictionary<object, object> perFile)
        {
            return (0, 0, missed);
        }

        foreach (var (fileKey, list) in perFile)
        {
            var file = (string)fileKey;
            foreach (var e in (list as List<object> ?? []).Cast<Dictionary<object, object>>())
            {
                total++;
                var candidates = findings.Where(f => f.File.EndsWith(file, StringComparison.Ordinal) && f.Category == (string)e["category"]);
                var hit = e.TryGetValue("line", out var line) && !file.EndsWith(".docx", StringComparison.Ordinal)
                    ? candidates.Any(f => Math.Abs(f.Line - int.Parse((string)line, System.Globalization.CultureInfo.InvariantCulture)) <= 2)
                    : candidates.Any(f => Words(e, "any").Any(w => f.Text.Contains(w, StringComparison.Ordinal)));
                if (hit)
                {
                    found++;
                }
                else
                {
                    missed.Add((string)e["id"]);
                }
            }
        }

        return (found, total, missed);
    }

    // Unlike score.py, a trap whose file or category is a list is matched on each of them.
    private static List<(string Id, List<Scored> Hits)> Traps(Dictionary<object, object> key, List<Scored> findings)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal) { ["info"] = 0, ["warning"] = 1, ["error"] = 2 };
        var result = new List<(string, List<Scored>)>();
        foreach (var t in (key.GetValueOrDefault("forbidden") as List<object> ?? []).Cast<Dictionary<object, object>>())
        {
            var files = OneOrMany(t["file"]);
            var categories = OneOrMany(t["category"]);
            var words = Words(t, "keywords");
            var ceiling = t.TryGetValue("max_severity", out var max) ? order[(string)max] : -1;
            var hits = findings.Where(f => files.Any(n => f.File.EndsWith(n, StringComparison.Ordinal)) && categories.Contains(f.Category)
                    && order[f.Severity.ToString().ToLowerInvariant()] > ceiling && words.Any(w => f.Text.Contains(w, StringComparison.Ordinal)))
                .ToList();
            if (hits.Count > 0)
            {
                result.Add(((string)t["id"], hits));
            }
        }

        return result;
    }

    private static List<string> OneOrMany(object value) => value is List<object> list ? list.Cast<string>().ToList() : [(string)value];

    private static List<string> Words(Dictionary<object, object> entry, string name) =>
        entry.TryGetValue(name, out var value) && value is List<object> list ? list.Select(w => ((string)w).ToLowerInvariant()).ToList() : [];

    private static IEnumerable<string> List(Dictionary<object, object> key, string name) =>
        key.GetValueOrDefault(name) is List<object> list ? list.Cast<string>() : [];
}

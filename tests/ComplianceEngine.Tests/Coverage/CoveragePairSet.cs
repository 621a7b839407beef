using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Tests.Coverage;

/// <summary>One labelled (parent task, child plan) pair of fixtures/coverage.</summary>
internal sealed record CoveragePair(string File, int Index, PlanTask ParentTask, Plan Child, bool Covered, string? Note, bool IsFresh)
{
    /// <summary>Pairs with an even index in their file tune the thresholds; the others are held out. Fresh pairs do neither.</summary>
    public bool IsTuning => !IsFresh && Index % 2 == 0;

    /// <summary>Held out from tuning, but written while the lexicon was being curated.</summary>
    public bool IsHeldOut => !IsFresh && Index % 2 == 1;

    public override string ToString() => $"{File} #{Index}: parent {ParentTask.Id} × {Child.Id} (labelled {(Covered ? "covered" : "not covered")})";
}

/// <summary>Reads the labelled set fixtures/coverage/*.yaml (format coverage-pairs/1, see its README), strictly.</summary>
internal static class CoveragePairSet
{
    private static readonly Lazy<IReadOnlyList<CoveragePair>> LazyAll = new(() => Load(Repo.Path("fixtures", "coverage")));

    public static IReadOnlyList<CoveragePair> All => LazyAll.Value;

    public static IReadOnlyList<CoveragePair> Load(string folder)
    {
        var pairs = new List<CoveragePair>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            pairs.AddRange(LoadFile(path));
        }

        return pairs;
    }

    private static IEnumerable<CoveragePair> LoadFile(string path)
    {
        var name = Path.GetFileName(path);
        var m = YamlMapping.Of(YamlDocumentReader.ReadRoot(File.ReadAllText(path), name), name, "coverage pairs", "format", "split", "parent", "children", "pairs");
        Assert.Equal("coverage-pairs/1", m.Required("format"));

        // split: fresh = written after the lexicon and thresholds were frozen, never used to change them.
        var fresh = m.String("split") switch
        {
            null => false,
            "fresh" => true,
            var other => throw new Xunit.Sdk.XunitException($"{name}: split must be 'fresh' or absent, not {other}"),
        };
        var folder = Path.GetDirectoryName(path)!;
        var parent = LoadPlan(Path.Combine(folder, m.Required("parent")));
        var children = m.List("children", n => ReadChild(n, name, folder)).ToDictionary(c => c.Id, StringComparer.Ordinal);

        var index = 0;
        foreach (var pair in m.List("pairs", n => YamlMapping.Of(n, name, "pair", "task", "child", "covered", "note")))
        {
            var taskId = pair.Required("task");
            var task = parent.Tasks.SingleOrDefault(t => t.Id == taskId)
                ?? throw new Xunit.Sdk.XunitException($"{pair.Location}: parent {parent.Id} has no task {taskId}");
            var childId = pair.Required("child");
            var child = children.GetValueOrDefault(childId) ?? throw new Xunit.Sdk.XunitException($"{pair.Location}: no child {childId}");
            var covered = pair.Required("covered") switch
            {
                "true" => true,
                "false" => false,
                var other => throw new Xunit.Sdk.XunitException($"{pair.Location}: covered must be true or false, not {other}"),
            };
            yield return new CoveragePair(name, index++, task, child, covered, pair.String("note"), fresh);
        }
    }

    private static Plan ReadChild(YamlNode node, string file, string folder)
    {
        var c = YamlMapping.Of(node, file, "child", "id", "file", "constructed", "issuer", "unit_kinds", "tasks");
        var id = c.Required("id");
        if (c.String("file") is { } childFile)
        {
            return LoadPlan(Path.Combine(folder, childFile)) with { Id = id };
        }

        Assert.False(string.IsNullOrWhiteSpace(c.String("constructed")), $"{c.Location}: an inline child must say what was constructed");
        var tasks = c.List("tasks", n =>
        {
            var t = YamlMapping.Of(n, file, "task", "id", "title", "details");
            return new PlanTask { Id = t.Required("id"), Title = t.Required("title"), Details = t.Strings("details").Select(d => d.Value).ToList(), Location = t.Location };
        });
        return new Plan
        {
            Id = id,
            Location = c.Location,
            Title = c.Required("constructed"),
            Issuer = c.RequiredLocated("issuer"),
            UnitKinds = c.Strings("unit_kinds").Select(k => k.Value).ToList(),
            Level = PlanLevel.Unit,
            Status = PlanStatus.Issued,
            Tasks = tasks,
        };
    }

    private static Plan LoadPlan(string path) => PlanText.Load(File.ReadAllText(path), Path.GetFileName(path));
}

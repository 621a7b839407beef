using System.Reflection;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;

namespace ComplianceEngine.Rules;

/// <summary>Entry point to the built-in rules: the catalogue discovered from this assembly and the default ruleset.</summary>
public static class RuleAssembly
{
    private static readonly Lazy<RuleCatalog> LazyCatalog = new(() => RuleCatalog.Discover(typeof(RuleAssembly).Assembly));

    private static readonly Lazy<LegalCatalog> LazyLegalCatalog = new(() =>
    {
        const string name = "rules/catalogs/legal-documents.yaml";
        var (catalog, error) = LegalCatalog.TryParse(ReadResource(name), name);
        return catalog ?? throw new InvalidDataException($"the built-in catalogue is broken: {error}");
    });

    private static readonly Lazy<Core.Cascade.UnitDirectory> LazyUnits = new(() => Load(Core.Cascade.UnitDirectory.TryParse, "rules/catalogs/units.yaml"));

    private static readonly Lazy<Core.Coverage.CoverageMatcher> LazyMatcher = new(() => new Core.Coverage.CoverageMatcher(
        Load(Core.Coverage.TopicLexicon.TryParse, "rules/catalogs/topics.yaml"),
        Load(Core.Coverage.AbbreviationTable.TryParse, "rules/catalogs/abbreviations.yaml")));

    /// <summary>The built-in unit directory (rules/catalogs/units.yaml): names, aliases and kinds of units.</summary>
    public static Core.Cascade.UnitDirectory Units => LazyUnits.Value;

    /// <summary>The coverage matcher over the built-in topic lexicon and abbreviations.</summary>
    public static Core.Coverage.CoverageMatcher CoverageMatcher => LazyMatcher.Value;

    /// <summary>The built-in catalogue of legal and policy documents (rules/catalogs/legal-documents.yaml).</summary>
    public static LegalCatalog LegalCatalog => LazyLegalCatalog.Value;

    /// <summary>
    /// The coverage matrix of <paramref name="reported"/> plans, with the unit directory, matcher and <c>cover_threshold</c>
    /// CE-C002 uses under <paramref name="ruleset"/>, so the matrix and the findings always agree.
    /// </summary>
    public static IReadOnlyList<Core.Cascade.TraceCell> Trace(IReadOnlyList<Core.Model.Plan> reported, Evaluation evaluation, Ruleset ruleset, Core.Cascade.UnitDirectory? units = null)
    {
        // The matrix reads the very traces the rules computed; an evaluation without facts (built by hand) gets its own.
        var tracer = evaluation.Facts is { } facts ? Tracer(facts) : new Core.Cascade.LinkTracer(Settings(units ?? Units, ruleset));
        var waivers = evaluation.Waived.Where(w => w.Finding.Rule.Id == "CE-C002")
            .GroupBy(w => (w.Finding.PlanId, w.Finding.Subject.Id))
            .ToDictionary(g => g.Key, g => g.First().Waiver.Reason);
        return Core.Cascade.Traceability.Build(reported, evaluation.Index, tracer, waivers);
    }

    /// <summary>The trace of a cascade link, computed once per run and shared by every cascade rule and the coverage matrix.</summary>
    internal static Core.Cascade.LinkTrace TraceOf(CascadeContext context) => Tracer(context.Facts).For(context.Link);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RunFacts, Core.Cascade.LinkTracer> Tracers = new();

    // A parent's indicators are compared with every child's: each name is read once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Core.Coverage.IndicatorMeasure> Measures = new(StringComparer.Ordinal);

    private static Core.Coverage.IndicatorMeasure Measure(string name)
    {
        if (Measures.Count > 100_000)
        {
            Measures.Clear(); // Bounded: a long-running service must not grow without end.
        }

        return Measures.GetOrAdd(name, Core.Coverage.IndicatorMeasure.Of);
    }

    private static Core.Cascade.LinkTracer Tracer(RunFacts facts) =>
        Tracers.GetValue(facts, f => new Core.Cascade.LinkTracer(Settings(f.Units ?? Units, f.Ruleset ?? Ruleset.Empty)));

    private static Core.Cascade.TraceSettings Settings(Core.Cascade.UnitDirectory units, Ruleset ruleset)
    {
        var threshold = ruleset.For("CE-C002")?.Parameters.GetValueOrDefault("cover_threshold") ?? Catalog["CE-C002"].Parameters["cover_threshold"];
        var options = new Core.Coverage.CoverageOptions { CoverThreshold = double.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture) };
        return new Core.Cascade.TraceSettings(units, CoverageMatcher, options, (a, b) => Measure(a.Name).Similarity(Measure(b.Name)), Core.Coverage.IndicatorMeasure.Threshold);
    }

    /// <summary>The built-in rules and descriptors.</summary>
    public static RuleCatalog Catalog => LazyCatalog.Value;

    /// <summary>The assembly the rules live in.</summary>
    public static Assembly Assembly => typeof(RuleAssembly).Assembly;

    /// <summary>Text of an embedded data file, e.g. <c>rules/ruleset.yaml</c>.</summary>
    public static string ReadResource(string logicalName)
    {
        using var stream = Assembly.GetManifestResourceStream(logicalName)
            ?? throw new FileNotFoundException($"embedded resource {logicalName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The built-in catalogues are data shipped inside this assembly; a broken one is a build defect, caught by the tests.
    private static T Load<T>(Func<string, string, (T?, InputError?)> parse, string resource)
        where T : class
    {
        var (value, error) = parse(ReadResource(resource), resource);
        return value ?? throw new InvalidDataException($"built-in catalogue {error?.Location}: {error?.Code} {string.Join(", ", error?.Args.Select(a => $"{a.Key}={a.Value}") ?? [])}");
    }
}

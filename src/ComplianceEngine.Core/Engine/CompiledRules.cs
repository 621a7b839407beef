using System.Collections.Concurrent;
using System.Reflection;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Model;
using NRules;
using NRules.Diagnostics;
using NRules.Fluent;

namespace ComplianceEngine.Core.Engine;

/// <summary>
/// The enabled rules of a catalogue under a ruleset, compiled once into an NRules session factory and kept for the life
/// of the process, keyed by what the compilation depends on (rule classes, enabled switches, parameters) — so the
/// hosted watch service and repeated runs pay the compilation once. Sessions are one per reported plan: NRules joins
/// are nested loops, and a session holding several plans grows quadratically.
/// </summary>
internal sealed class CompiledRules
{
    private static readonly ConcurrentDictionary<string, Lazy<CompiledRules>> Cache = new(StringComparer.Ordinal);

    private readonly ISessionFactory factory;
    private readonly IReadOnlyDictionary<string, RuleDescriptor> descriptors;
    private readonly IReadOnlySet<Type> factTypes;

    private CompiledRules(ISessionFactory factory, IReadOnlyList<string> ruleIds, IReadOnlySet<Type> factTypes, IReadOnlyDictionary<string, RuleDescriptor> descriptors)
    {
        this.factory = factory;
        RuleIds = ruleIds;
        this.factTypes = factTypes;
        this.descriptors = descriptors;

        // A failing expression is recorded against the session's rule × plan and marked handled, so the session goes on;
        // the runner then drops that rule's findings for that plan (a failed condition reads as false, and a Not over it
        // would otherwise report something that was never checked).
        factory.Events.LhsExpressionFailedEvent += (sender, e) =>
        {
            foreach (var rule in e.Rules)
            {
                Collector(sender).Fail(rule.Name, e.Exception);
            }

            e.IsHandled = true;
        };
        factory.Events.AgendaExpressionFailedEvent += (sender, e) =>
        {
            Collector(sender).Fail(e.Rule.Name, e.Exception);
            e.IsHandled = true;
        };
        factory.Events.RhsExpressionFailedEvent += (sender, e) =>
        {
            Collector(sender).Fail(e.Match.Rule.Name, e.Exception);
            e.IsHandled = true;
        };
    }

    /// <summary>The ids of the compiled rules, in order.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>How many times a ruleset was compiled in this process (the cache is tested by it).</summary>
    internal static int Compilations;

    /// <summary>The compiled rules of <paramref name="catalog"/> under <paramref name="ruleset"/>; compiled on first use.</summary>
    public static CompiledRules For(RuleCatalog catalog, Ruleset ruleset)
    {
        var active = catalog.Rules
            .Where(r => ruleset.For(r.Id)?.Enabled ?? true)
            .Select(r => (Rule: r, Parameters: Parameters(catalog[r.Id], ruleset.For(r.Id))))
            .ToList();
        var key = string.Join('\n', active.Select(r => $"{r.Rule.Type.AssemblyQualifiedName} {string.Join(';', r.Parameters.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))}"));
        return Cache.GetOrAdd(key, _ => new Lazy<CompiledRules>(() => Compile(catalog, active))).Value;
    }

    /// <summary>Runs one session on <paramref name="plan"/> and returns its collector (hits and failures).</summary>
    public FindingCollector Run(Plan plan, CascadeLink? link, RunFact run)
    {
        var collector = new FindingCollector(plan, descriptors);
        var session = factory.CreateSession(s => s.DependencyResolver = collector);
        session.Insert(run);
        session.Insert(new PlanFact(plan));
        if (link is not null)
        {
            // The seam for derived per-link facts (applicability, coverage cells, the parent ↔ child trace): insert them here.
            session.Insert(new LinkFact(link));
        }

        // Item facts go in only when a compiled rule matches their type: a fact no rule reads costs an insert and nothing else
        // (a million tasks in the benchmark).
        Insert(session, plan.Tasks, t => new TaskFact(plan, t));
        Insert(session, plan.Reports, r => new ReportFact(plan, r));
        Insert(session, plan.Indicators, i => new IndicatorFact(plan, i));
        Insert(session, plan.AllCitations, c => new CitationFact(plan, c));
        Insert(session, plan.Waivers, w => new WaiverFact(plan, w));
        session.Fire();
        return collector;
    }

    private void Insert<TItem, TFact>(ISession session, IEnumerable<TItem> items, Func<TItem, TFact> fact)
        where TFact : class
    {
        if (factTypes.Contains(typeof(TFact)))
        {
            session.InsertAll(items.Select(fact));
        }
    }

    private static CompiledRules Compile(RuleCatalog catalog, List<(RuleType Rule, RuleParameters Parameters)> active)
    {
        Interlocked.Increment(ref Compilations);
        var parameters = active.ToDictionary(r => r.Rule.Type, r => r.Parameters);
        var repository = new RuleRepository(new ParameterActivator(parameters));
        repository.Load(spec => spec.PrivateTypes().NestedTypes().From(active.Select(r => r.Rule.Type)));
        var definitions = repository.GetRules().ToList();
        var types = new HashSet<Type>();
        foreach (var definition in definitions)
        {
            new PatternTypes().Visit(types, definition);
        }

        var ids = definitions.Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
        return new CompiledRules(new RuleCompiler().Compile(definitions), ids, types, catalog.Descriptors);
    }

    private static FindingCollector Collector(object? session) =>
        (session as ISession)?.DependencyResolver as FindingCollector
        ?? throw new InvalidOperationException("a rule session without its finding collector");

    private static RuleParameters Parameters(RuleDescriptor descriptor, RuleSetting? setting)
    {
        var values = new Dictionary<string, string>(descriptor.Parameters, StringComparer.Ordinal);
        foreach (var (k, v) in setting?.Parameters ?? new Dictionary<string, string>())
        {
            values[k] = v;
        }

        return new RuleParameters(values);
    }

    /// <summary>The fact types the rules' patterns match, wherever they are (under Not, Exists, a Query's Collect).</summary>
    private sealed class PatternTypes : NRules.RuleModel.RuleElementVisitor<HashSet<Type>>
    {
        protected override NRules.RuleModel.PatternElement VisitPattern(HashSet<Type> types, NRules.RuleModel.PatternElement element)
        {
            types.Add(element.ValueType);
            return base.VisitPattern(types, element);
        }
    }

    /// <summary>Builds a rule with its parameters when its constructor takes them, else with none.</summary>
    private sealed class ParameterActivator(IReadOnlyDictionary<Type, RuleParameters> parameters) : IRuleActivator
    {
        public IEnumerable<NRules.Fluent.Dsl.Rule> Activate(Type type)
        {
            const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
            var withParameters = type.GetConstructor(flags, [typeof(RuleParameters)]);
            yield return withParameters is not null
                ? (NRules.Fluent.Dsl.Rule)withParameters.Invoke([parameters.GetValueOrDefault(type, RuleParameters.None)])
                : (NRules.Fluent.Dsl.Rule)Activator.CreateInstance(type, nonPublic: true)!;
        }
    }
}

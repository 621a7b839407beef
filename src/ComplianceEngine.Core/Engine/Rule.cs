using System.Globalization;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Engine;

/// <summary>
/// A check: an NRules rule with <c>[Name("CE-…")]</c> and <c>[Tag(category)]</c>, and a descriptor YAML beside its code
/// whose <c>id</c> equals the name. Rules are discovered by reflection and built by the engine's activator, which passes
/// their parameters (descriptor defaults, ruleset values) to the constructor. A rule matches its facts in
/// <c>Define()</c> and its action hands <see cref="RuleHit"/>s to the session's <see cref="FindingCollector"/>; rules
/// hold no state and do no I/O.
/// </summary>
/// <param name="parameters">The rule's parameters in this run.</param>
public abstract class ComplianceRule(RuleParameters parameters) : NRules.Fluent.Dsl.Rule
{
    /// <summary>The rule's parameters in this run.</summary>
    protected RuleParameters Parameters { get; } = parameters;

    /// <summary>What a rule over one plan sees.</summary>
    protected PlanContext Context(PlanFact plan, RunFact run) => new(plan.Plan, Parameters, run.Facts);

    /// <summary>What a rule over one parent → child link sees.</summary>
    protected CascadeContext Context(LinkFact link, RunFact run) => new(link.Link, Parameters, run.Facts);

    /// <summary>Makes a hit; <paramref name="args"/> fill the descriptor's placeholders.</summary>
    protected static RuleHit Hit(SourceLocation at, Subject subject, params (string Name, string? Value)[] args) =>
        new(at, subject, args.ToDictionary(a => a.Name, a => a.Value ?? string.Empty, StringComparer.Ordinal));

    /// <summary>Makes a hit worded by the descriptor's variant <paramref name="variant"/>.</summary>
    protected static RuleHit HitVariant(string variant, SourceLocation at, Subject subject, params (string Name, string? Value)[] args) =>
        Hit(at, subject, args) with { Variant = variant };
}

/// <summary>
/// A rule over one plan: it fires once per session on the plan fact and the run fact, and its findings come from
/// <see cref="Evaluate"/>. Most rules are this kind; a rule that matches other facts derives from <see cref="ComplianceRule"/>.
/// </summary>
public abstract class PlanComplianceRule(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public sealed override void Define()
    {
        PlanFact plan = null!;
        RunFact run = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => plan).Match(() => run);
        Then().Do(ctx => findings.Add(ctx, Evaluate(Context(plan, run))));
    }

    /// <summary>The rule's findings on one plan.</summary>
    protected abstract IEnumerable<RuleHit> Evaluate(PlanContext context);
}

/// <summary>A rule over one parent → child link: it fires once per session that holds a link fact.</summary>
public abstract class LinkComplianceRule(RuleParameters parameters) : ComplianceRule(parameters)
{
    /// <inheritdoc/>
    public sealed override void Define()
    {
        LinkFact link = null!;
        RunFact run = null!;
        FindingCollector findings = null!;

        Dependency().Resolve(() => findings);
        When().Match(() => link).Match(() => run);
        Then().Do(ctx => findings.Add(ctx, Evaluate(Context(link, run))));
    }

    /// <summary>The rule's findings on one link.</summary>
    protected abstract IEnumerable<RuleHit> Evaluate(CascadeContext context);
}

/// <summary>The settings of one rule in a run: parameters after the ruleset is applied.</summary>
public sealed class RuleParameters(IReadOnlyDictionary<string, string> values)
{
    /// <summary>No parameters.</summary>
    public static RuleParameters None { get; } = new(new Dictionary<string, string>());

    /// <summary>The values, by name.</summary>
    public IReadOnlyDictionary<string, string> Values => values;

    /// <summary>Parameter as text.</summary>
    public string Get(string name) =>
        values.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"parameter '{name}' is not declared in the rule's descriptor");

    /// <summary>Parameter as a number.</summary>
    public double GetNumber(string name) => double.Parse(Get(name), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Parameter as an integer.</summary>
    public int GetInt(string name) => int.Parse(Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture);
}

/// <summary>What a plan rule sees.</summary>
public sealed record PlanContext(Plan Plan, RuleParameters Parameters, RunFacts Facts);

/// <summary>What a cascade rule sees: one parent → child link.</summary>
public sealed record CascadeContext(CascadeLink Link, RuleParameters Parameters, RunFacts Facts)
{
    /// <summary>The parent plan.</summary>
    public Plan Parent => Link.Parent;

    /// <summary>The child plan.</summary>
    public Plan Child => Link.Child;
}

/// <summary>Facts shared by every rule of a run: the index of plans, the reference date, the legal-document catalogue.</summary>
public sealed record RunFacts(PlanIndex Index, DateOnly AsOf)
{
    /// <summary>
    /// The legal documents citations are checked against — the catalogue of <see cref="EngineOptions.Catalog"/> plus every
    /// numbered plan of the run — or null when the run has no catalogue; the catalogue-based legal rules then stay silent.
    /// </summary>
    public LegalCatalog? Catalog { get; init; }

    /// <summary>The unit directory applicability is decided with (the built-in one merged with <c>--units</c>); null: the rules' built-in one.</summary>
    public Cascade.UnitDirectory? Units { get; init; }

    /// <summary>The ruleset of the run (parameters that shape derived facts, such as the coverage threshold of the trace).</summary>
    public Ruleset? Ruleset { get; init; }
}

using System.Globalization;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Engine;

/// <summary>
/// A check. Subclasses are discovered by reflection; each has a descriptor YAML beside its code
/// whose <c>id</c> equals <see cref="Id"/>. Rules hold no state and do no I/O: they read the facts
/// they are given and return <see cref="RuleHit"/>s as values.
/// </summary>
public abstract class Rule
{
    /// <summary>Stable rule id, e.g. <c>CE-T001</c>.</summary>
    public abstract string Id { get; }

    /// <summary>Makes a hit; <paramref name="args"/> fill the descriptor's placeholders.</summary>
    protected static RuleHit Hit(SourceLocation at, Subject subject, params (string Name, string? Value)[] args) =>
        new(at, subject, args.ToDictionary(a => a.Name, a => a.Value ?? string.Empty, StringComparer.Ordinal));

    /// <summary>Makes a hit worded by the descriptor's variant <paramref name="variant"/>.</summary>
    protected static RuleHit HitVariant(string variant, SourceLocation at, Subject subject, params (string Name, string? Value)[] args) =>
        Hit(at, subject, args) with { Variant = variant };
}

/// <summary>A rule evaluated on each plan on its own.</summary>
public abstract class PlanRule : Rule
{
    /// <summary>Checks one plan.</summary>
    public abstract IEnumerable<RuleHit> Evaluate(PlanContext context);
}

/// <summary>A rule evaluated on each parent → child link of a cascade.</summary>
public abstract class CascadeRule : Rule
{
    /// <summary>Checks one link; hits are attributed to the child plan.</summary>
    public abstract IEnumerable<RuleHit> Evaluate(CascadeContext context);
}

/// <summary>The settings of one rule in a run: severity and parameters after the ruleset is applied.</summary>
public sealed class RuleParameters(IReadOnlyDictionary<string, string> values)
{
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

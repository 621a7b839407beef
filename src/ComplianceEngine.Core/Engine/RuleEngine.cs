using System.Collections.Concurrent;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Engine;

/// <summary>Options of one evaluation.</summary>
/// <param name="AsOf">The day waivers' <c>until</c> is compared with.</param>
/// <param name="MaxParallelism">Plans evaluated at once; -1 for one per core.</param>
public sealed record EngineOptions(DateOnly AsOf, int MaxParallelism = -1)
{
    /// <summary>
    /// The legal-document catalogue citations are checked against (the CLI passes the built-in one merged with
    /// <c>--catalog</c> files). The engine adds the plans of the run to it. Null: no catalogue, and the legal rules
    /// that need one (CE-L002 … CE-L010 except CE-L006) do not run.
    /// </summary>
    public LegalCatalog? Catalog { get; init; }

    /// <summary>The unit directory for applicability; null: the rules' built-in one.</summary>
    public Cascade.UnitDirectory? Units { get; init; }
}

/// <summary>What an evaluation found.</summary>
public sealed record Evaluation(
    PlanIndex Index,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<WaivedFinding> Waived)
{
    /// <summary>The facts the rules ran on, with the cascade traces they computed (read again by the coverage matrix).</summary>
    public RunFacts? Facts { get; init; }
}

/// <summary>
/// Runs the rules of a <see cref="RuleCatalog"/> over indexed plans: plan rules once per plan, cascade
/// rules once per parent → child link, in parallel. A rule that throws is caught for that rule × plan and
/// reported as a CE-E001 finding; the run goes on. Waivers are applied last. Findings come out sorted.
/// </summary>
public sealed class RuleEngine(RuleCatalog catalog, Ruleset ruleset, EngineOptions options)
{
    /// <summary>Evaluates <paramref name="plans"/>.</summary>
    public Evaluation Evaluate(IReadOnlyList<Plan> plans)
    {
        var index = PlanIndex.Build(plans);
        var facts = new RunFacts(index, options.AsOf) { Catalog = options.Catalog?.WithPlans(plans), Units = options.Units, Ruleset = ruleset };
        var active = catalog.Rules
            .Select(rule => (Rule: rule, Descriptor: catalog[rule.Id], Setting: ruleset.For(rule.Id)))
            .Where(r => r.Setting?.Enabled ?? true)
            .Select(r => new ActiveRule(r.Rule, r.Descriptor, r.Setting?.Severity ?? r.Descriptor.DefaultSeverity, Parameters(r.Descriptor, r.Setting)))
            .ToList();
        var planRules = active.Where(r => r.Rule is PlanRule).ToList();
        var cascadeRules = active.Where(r => r.Rule is CascadeRule).ToList();

        var found = new ConcurrentBag<Finding>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism };
        Parallel.ForEach(plans, parallel, plan =>
        {
            foreach (var rule in planRules)
            {
                Run(rule, plan, () => ((PlanRule)rule.Rule).Evaluate(new PlanContext(plan, rule.Parameters, facts)), found);
            }

            if (index.ParentLink(plan) is { } link)
            {
                foreach (var rule in cascadeRules)
                {
                    Run(rule, plan, () => ((CascadeRule)rule.Rule).Evaluate(new CascadeContext(link, rule.Parameters, facts)), found);
                }
            }
        });

        var (kept, waived) = ApplyWaivers(plans, found.ToList());
        kept.Sort(Finding.Compare);
        waived.Sort((a, b) => Finding.Compare(a.Finding, b.Finding));
        return new Evaluation(index, kept, waived) { Facts = facts };
    }

    private void Run(ActiveRule rule, Plan plan, Func<IEnumerable<RuleHit>> evaluate, ConcurrentBag<Finding> found)
    {
        try
        {
            foreach (var hit in evaluate())
            {
                if (hit.Variant is not null && !rule.Descriptor.Variants.ContainsKey(hit.Variant))
                {
                    throw new InvalidOperationException($"rule {rule.Rule.Id} used variant '{hit.Variant}' that its descriptor does not declare");
                }

                var severity = hit.Variant is not null && rule.Descriptor.Variants[hit.Variant].Severity is { } ceiling && ceiling < rule.Severity ? ceiling : rule.Severity;
                found.Add(new Finding(rule.Descriptor, severity, plan.Id, hit.Location, hit.Subject, hit.Args, hit.Variant));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One faulty rule must not cost the reviewer the rest of the report.
            EngineFinding("CE-E001", plan, plan.Location, new Subject("rule", rule.Rule.Id), found,
                ("rule", rule.Rule.Id), ("error", $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private (List<Finding> Kept, List<WaivedFinding> Waived) ApplyWaivers(IReadOnlyList<Plan> plans, List<Finding> findings)
    {
        var waived = new List<WaivedFinding>();
        var byPlan = findings.GroupBy(f => f.PlanId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var removed = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        var extra = new ConcurrentBag<Finding>();
        foreach (var plan in plans)
        {
            var own = byPlan.GetValueOrDefault(plan.Id) ?? [];
            foreach (var waiver in plan.Waivers)
            {
                // A waiver with no reason, or past its date, does not hold: CE-W001 / CE-W002 report it.
                if (waiver.Reason is null || (waiver.Until is { } until && until < options.AsOf))
                {
                    continue;
                }

                var matches = own.Where(f => f.Rule.Id == waiver.Rule && (waiver.Subject is null || f.Subject.Id == waiver.Subject) && !removed.Contains(f)).ToList();
                if (matches.Count == 0)
                {
                    EngineFinding("CE-W003", plan, waiver.Location, new Subject("waiver", waiver.Subject is null ? waiver.Rule : $"{waiver.Rule}/{waiver.Subject}"), extra,
                        ("rule", waiver.Rule), ("subject", waiver.Subject ?? "*"));
                    continue;
                }

                foreach (var f in matches)
                {
                    removed.Add(f);
                    waived.Add(new WaivedFinding(f, waiver));
                }
            }
        }

        var kept = findings.Where(f => !removed.Contains(f)).Concat(extra).ToList();
        return (kept, waived);
    }

    private void EngineFinding(string id, Plan plan, SourceLocation at, Subject subject, ConcurrentBag<Finding> into, params (string Name, string Value)[] args)
    {
        if (!catalog.Descriptors.TryGetValue(id, out var descriptor))
        {
            return;
        }

        var setting = ruleset.For(id);
        if (setting is { Enabled: false })
        {
            return;
        }

        into.Add(new Finding(descriptor, setting?.Severity ?? descriptor.DefaultSeverity, plan.Id, at, subject, args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal)));
    }

    private static RuleParameters Parameters(RuleDescriptor descriptor, RuleSetting? setting)
    {
        var values = new Dictionary<string, string>(descriptor.Parameters, StringComparer.Ordinal);
        foreach (var (k, v) in setting?.Parameters ?? new Dictionary<string, string>())
        {
            values[k] = v;
        }

        return new RuleParameters(values);
    }

    private sealed record ActiveRule(Rule Rule, RuleDescriptor Descriptor, Severity Severity, RuleParameters Parameters);
}

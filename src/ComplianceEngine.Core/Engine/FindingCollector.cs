using ComplianceEngine.Core.Model;
using NRules.Extensibility;
using NRules.RuleModel;

namespace ComplianceEngine.Core.Engine;

/// <summary>
/// Where the rules of one session put what they find, and where the session's failures are recorded. One per session,
/// reached by the rules as a dependency (<c>Dependency().Resolve(() => findings)</c>): the collector is the session's
/// dependency resolver. Used by one thread at a time, like its session.
/// </summary>
public sealed class FindingCollector : IDependencyResolver
{
    private readonly IReadOnlyDictionary<string, RuleDescriptor> descriptors;
    private readonly List<(string Rule, RuleHit Hit)> hits = [];
    private readonly Dictionary<string, Exception> failures = new(StringComparer.Ordinal);

    internal FindingCollector(Plan plan, IReadOnlyDictionary<string, RuleDescriptor> descriptors)
    {
        Plan = plan;
        this.descriptors = descriptors;
    }

    /// <summary>The plan the session reports on; every finding is attributed to it.</summary>
    public Plan Plan { get; }

    /// <summary>Takes the hits of the firing rule <paramref name="context"/> names.</summary>
    /// <exception cref="InvalidOperationException">A hit uses a variant the rule's descriptor does not declare.</exception>
    public void Add(IContext context, IEnumerable<RuleHit> found)
    {
        var rule = context.Rule.Name;
        foreach (var hit in found)
        {
            if (hit.Variant is not null && !descriptors[rule].Variants.ContainsKey(hit.Variant))
            {
                throw new InvalidOperationException($"rule {rule} used variant '{hit.Variant}' that its descriptor does not declare");
            }

            hits.Add((rule, hit));
        }
    }

    /// <summary>Takes one hit of the firing rule.</summary>
    public void Add(IContext context, RuleHit hit) => Add(context, [hit]);

    /// <summary>Records that <paramref name="rule"/> failed on this session's plan; the first error is the one reported.</summary>
    internal void Fail(string rule, Exception? error) =>
        failures.TryAdd(rule, error ?? new InvalidOperationException("unknown failure"));

    /// <summary>The hits of the rules that did not fail, by rule id.</summary>
    internal IEnumerable<(string Rule, RuleHit Hit)> Hits => hits.Where(h => !failures.ContainsKey(h.Rule));

    /// <summary>The rules that failed on this plan, with their first error.</summary>
    internal IReadOnlyDictionary<string, Exception> Failures => failures;

    object IDependencyResolver.Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(FindingCollector) ? this : throw new InvalidOperationException($"rules can depend on {nameof(FindingCollector)} only, not {serviceType.Name}");
}

using System.Reflection;
using ComplianceEngine.Core.Loading;

namespace ComplianceEngine.Core.Engine;

/// <summary>
/// The rules of a run and their descriptors, discovered from an assembly: every concrete
/// <see cref="Rule"/> type, and every embedded resource ending in <c>.rule.yaml</c>. No registration step.
/// Descriptors without code are allowed only for the engine's own findings (<see cref="EngineRuleIds"/>).
/// </summary>
public sealed class RuleCatalog
{
    /// <summary>Findings the engine itself makes: waiver checks that need all findings, and rule failures.</summary>
    public static readonly IReadOnlySet<string> EngineRuleIds = new HashSet<string>(StringComparer.Ordinal) { "CE-W003", "CE-E001" };

    private RuleCatalog(IReadOnlyList<Rule> rules, IReadOnlyDictionary<string, RuleDescriptor> descriptors, IReadOnlyList<string> problems)
    {
        Rules = rules;
        Descriptors = descriptors;
        Problems = problems;
    }

    /// <summary>Rule instances, ordered by id.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Descriptors by id.</summary>
    public IReadOnlyDictionary<string, RuleDescriptor> Descriptors { get; }

    /// <summary>Inconsistencies found while discovering (a rule without descriptor, a duplicate id); the meta-tests assert none.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Descriptor of a rule id.</summary>
    public RuleDescriptor this[string id] => Descriptors[id];

    /// <summary>Discovers rules and descriptors in <paramref name="assemblies"/> (the built-in rules, and any a user adds).</summary>
    public static RuleCatalog Discover(params Assembly[] assemblies)
    {
        var problems = new List<string>();
        var descriptors = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var (assembly, name) in assemblies.SelectMany(a => a.GetManifestResourceNames().Where(n => n.EndsWith(".rule.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(n => (a, n))))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            RuleDescriptor descriptor;
            try
            {
                descriptor = RuleDescriptorReader.Parse(reader.ReadToEnd(), name);
            }
            catch (InputErrorException e)
            {
                problems.Add($"{e.Error.Location}: {e.Error.Code} {string.Join(", ", e.Error.Args.Select(a => $"{a.Key}={a.Value}"))}");
                continue;
            }

            if (!descriptors.TryAdd(descriptor.Id, descriptor))
            {
                problems.Add($"{name}: rule id {descriptor.Id} is used by {descriptors[descriptor.Id].Source} too");
            }
        }

        var rules = new List<Rule>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsClass: true } && typeof(Rule).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var rule = (Rule)Activator.CreateInstance(type, nonPublic: true)!;
            if (!descriptors.ContainsKey(rule.Id))
            {
                problems.Add($"{type.FullName}: no descriptor with id {rule.Id}");
                continue;
            }

            if (rules.Any(r => r.Id == rule.Id))
            {
                problems.Add($"{type.FullName}: rule id {rule.Id} is implemented twice");
                continue;
            }

            rules.Add(rule);
        }

        foreach (var id in descriptors.Keys.Where(id => rules.All(r => r.Id != id) && !EngineRuleIds.Contains(id)))
        {
            problems.Add($"{descriptors[id].Source}: descriptor {id} has no rule class");
        }

        return new RuleCatalog(rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), descriptors, problems);
    }
}

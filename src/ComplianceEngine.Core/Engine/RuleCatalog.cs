using System.Reflection;
using ComplianceEngine.Core.Loading;

namespace ComplianceEngine.Core.Engine;

/// <summary>
/// The rules of a run and their descriptors, discovered from assemblies: every concrete NRules rule type (its id is its
/// <c>[Name]</c>, its category its <c>[Tag]</c>), and every embedded resource ending in <c>.rule.yaml</c>. No registration step.
/// Descriptors without code are allowed only for the engine's own findings (<see cref="EngineRuleIds"/>).
/// </summary>
public sealed class RuleCatalog
{
    /// <summary>Findings the engine itself makes: waiver checks that need all findings, and rule failures.</summary>
    public static readonly IReadOnlySet<string> EngineRuleIds = new HashSet<string>(StringComparer.Ordinal) { "CE-W003", "CE-E001" };

    private RuleCatalog(IReadOnlyList<RuleType> rules, IReadOnlyDictionary<string, RuleDescriptor> descriptors, IReadOnlyList<string> problems)
    {
        Rules = rules;
        Descriptors = descriptors;
        Problems = problems;
    }

    /// <summary>Rule types, ordered by id.</summary>
    public IReadOnlyList<RuleType> Rules { get; }

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

        var rules = new List<RuleType>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsAbstract: false, IsClass: true } && typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var metadata = new NRules.Fluent.RuleMetadata(type);
            var id = metadata.Name;
            if (!type.IsDefined(typeof(NRules.Fluent.Dsl.NameAttribute), inherit: false))
            {
                problems.Add($"{type.FullName}: no [Name] with the rule id");
                continue;
            }

            if (!descriptors.ContainsKey(id))
            {
                problems.Add($"{type.FullName}: no descriptor with id {id}");
                continue;
            }

            if (rules.Any(r => r.Id == id))
            {
                problems.Add($"{type.FullName}: rule id {id} is implemented twice");
                continue;
            }

            rules.Add(new RuleType(id, type, metadata.Tags));
        }

        foreach (var id in descriptors.Keys.Where(id => rules.All(r => r.Id != id) && !EngineRuleIds.Contains(id)))
        {
            problems.Add($"{descriptors[id].Source}: descriptor {id} has no rule class");
        }

        return new RuleCatalog(rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), descriptors, problems);
    }
}

/// <summary>A rule's code: its id (the <c>[Name]</c>), its class and its <c>[Tag]</c>s.</summary>
public sealed record RuleType(string Id, Type Type, IReadOnlyList<string> Tags);

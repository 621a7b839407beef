using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C008: a child is at a lower level than its parent.</summary>
[Name("CE-C008"), Tag("cascade")]
internal sealed class LevelBelowParent(RuleParameters parameters) : LinkComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        if (context.Child.Level > context.Parent.Level || SameLevelAllowed(context))
        {
            yield break;
        }

        yield return Hit(context.Child.Parent?.Location ?? context.Child.Location, new Subject("plan", context.Child.Id),
            ("level", "@level-" + context.Child.Level.ToString().ToLowerInvariant()), ("parent", context.Parent.Number?.Value ?? context.Parent.Id),
            ("parentLevel", "@level-" + context.Parent.Level.ToString().ToLowerInvariant()));
    }

    // At one level two links are sound: a body's dispatch carrying out its own plan, and a district carrying out the guidance
    // of a provincial Sở (both sit at the "Sở, ngành, huyện" level, but the Sở guides the districts in its field).
    private static bool SameLevelAllowed(CascadeContext context)
    {
        if (context.Child.Level != context.Parent.Level)
        {
            return false;
        }

        var units = context.Facts.Units ?? RuleAssembly.Units;
        var child = units.Identify(context.Child);
        var parent = units.Identify(context.Parent);
        return child.IssuerKey == parent.IssuerKey
            || (child.Kinds.Contains("ubnd-huyen") && parent.Kinds.Any(k => k == "so" || k.StartsWith("so-", StringComparison.Ordinal)));
    }
}

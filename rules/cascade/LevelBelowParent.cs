using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C008: a child is at a lower level than its parent.</summary>
internal sealed class LevelBelowParent : CascadeRule
{
    public override string Id => "CE-C008";

    public override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        if (context.Child.Level > context.Parent.Level)
        {
            yield break;
        }

        yield return Hit(context.Child.Parent?.Location ?? context.Child.Location, new Subject("plan", context.Child.Id),
            ("level", "@level-" + context.Child.Level.ToString().ToLowerInvariant()), ("parent", context.Parent.Number?.Value ?? context.Parent.Id),
            ("parentLevel", "@level-" + context.Parent.Level.ToString().ToLowerInvariant()));
    }
}

using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C004: every implements link names a task, report or indicator the parent has.</summary>
[Name("CE-C004"), Tag("cascade")]
internal sealed class ImplementsKnownTask(RuleParameters parameters) : LinkComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        var parent = context.Parent;
        var known = parent.Tasks.Select(t => t.Id).Concat(parent.Reports.Select(r => r.Id)).Concat(parent.Indicators.Select(i => i.Id))
            .ToHashSet(StringComparer.Ordinal);
        var links = context.Child.Tasks.SelectMany(t => t.Implements.Select(l => ("task", t.Id, l)))
            .Concat(context.Child.Reports.SelectMany(r => r.Implements.Select(l => ("report", r.Id, l))))
            .Concat(context.Child.Indicators.SelectMany(i => i.Implements.Select(l => ("indicator", i.Id, l))));
        foreach (var (what, id, link) in links)
        {
            if (!known.Contains(link.Value))
            {
                yield return Hit(link.Location, new Subject(what, id),
                    ("what", "@subject-" + what), ("id", id), ("link", link.Value), ("parentNumber", parent.Number?.Value ?? parent.Id),
                    ("known", string.Join(", ", parent.Tasks.Select(t => t.Id).Take(20))));
            }
        }
    }
}

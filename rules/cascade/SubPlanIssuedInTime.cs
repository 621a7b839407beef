using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Time;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>CE-C010: a child is issued no later than its parent's deadline for sub-plans (reports of kind <c>plan</c>).</summary>
[Name("CE-C010"), Tag("cascade")]
internal sealed class SubPlanIssuedInTime(RuleParameters parameters) : LinkComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        var child = context.Child;
        if (child.IssueDate?.Value.ToDate() is not { } issued)
        {
            yield break;
        }

        foreach (var report in RuleAssembly.TraceOf(context).SubPlanDeadlines)
        {
            var due = TimeExpressionParser.Parse(report.Due.Value, context.Parent.ReferenceYear).Value;
            if (due is null || issued <= due.End)
            {
                continue;
            }

            yield return Hit(child.IssueDate.Location, new Subject("parent-report", report.Id),
                ("issued", $"{issued.Day}/{issued.Month}/{issued.Year}"), ("due", report.Due.Value), ("dueDate", due.EndText),
                ("parent", context.Parent.Number?.Value ?? context.Parent.Id), ("parentLocation", report.Due.Location.ToString()));
        }
    }
}

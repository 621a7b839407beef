using ComplianceEngine.Core.Engine;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Plan;

/// <summary>
/// CE-P007: an imported document numbers two items alike; the importer gave the second a distinct id (so that the YAML it
/// writes loads back) and noted it. One finding per item renamed, at the item's line.
/// </summary>
[Name("CE-P007"), Tag("plan")]
internal sealed class DuplicateItemNumber(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        foreach (var note in context.Plan.ImportNotes.Where(n => n.Field == "duplicate-id"))
        {
            yield return Hit(note.Location, new Subject("task", note.NewId ?? string.Empty),
                ("id", note.Id ?? string.Empty), ("newId", note.NewId ?? string.Empty), ("first", note.First.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}

using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Importing;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Plan;

/// <summary>CE-P006: a field the importer looked for in a document and did not find; one finding per kind of field.</summary>
[Name("CE-P006"), Tag("plan")]
internal sealed class ImportGaps(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var note in plan.ImportNotes.Where(n => n.Field != "duplicate-id").DistinctBy(n => n.Field))
        {
            var subject = new Subject("plan", plan.Id);
            yield return PlanExtractor.NoteFields.Contains(note.Field)
                ? HitVariant(note.Field, note.Location, subject, ("field", note.Field))
                : Hit(note.Location, subject, ("field", note.Field));
        }
    }
}

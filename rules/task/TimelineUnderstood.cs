using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Importing.Grammar;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Time;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Task;

/// <summary>
/// CE-T003: every timeline and due date parses to a real date. A period named rather than dated ("học kỳ II năm học
/// 2025 - 2026", "trong thời gian Tháng hành động") is understood: it says when, in words a reader knows.
/// </summary>
[Name("CE-T003"), Tag("task")]
internal sealed class TimelineUnderstood(RuleParameters parameters) : PlanComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var (what, id, time) in plan.TimeExpressions)
        {
            var parsed = TimeExpressionParser.Parse(time.Value, plan.ReferenceYear);
            if (!parsed.Success && !IsNamedPeriod(time.Value))
            {
                yield return Hit(time.Location, new Subject(what, id), ("what", "@subject-" + what), ("id", id), ("raw", time.Value), ("problem", "@" + parsed.Error), ("date", parsed.Detail));
            }
        }
    }

    private static bool IsNamedPeriod(string value)
    {
        var phrases = TimePhrases.Find(value);
        return phrases.Count > 0 && phrases.All(p => p.Named);
    }
}

using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Time;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.Cascade;

/// <summary>
/// CE-C003: a child task or report paired with a parent one in the link's trace — by <c>implements</c> link, by report kind
/// (six-month, annual, event …) or by text — is due no later than it (minus a margin). A pair found by text is an
/// inference and reported as a warning.
/// </summary>
[Name("CE-C003"), Tag("cascade")]
internal sealed class DeadlineNotLater(RuleParameters parameters) : LinkComplianceRule(parameters)
{
    protected override IEnumerable<RuleHit> Evaluate(CascadeContext context)
    {
        var margin = context.Parameters.GetInt("margin_days");
        var seen = new HashSet<(string, string)>();
        foreach (var pair in RuleAssembly.TraceOf(context).Deadlines)
        {
            var (mine, due) = (pair.Child.Value, pair.Parent.Value);

            // Slack is asked of real deadlines only: work "throughout the year" has no earlier finish to ask for.
            var slack = due.Kind is TimeKind.ContinuousInYear ? 0 : margin;
            if (mine.End <= due.End.AddDays(-slack) || !seen.Add((pair.Child.What, pair.Child.Id + "@" + pair.Child.Time.Location)))
            {
                continue;
            }

            var suggested = due.End.AddDays(-slack);
            (string, string?)[] args =
            [
                ("what", "@subject-" + pair.Child.What), ("id", pair.Child.Id), ("childRaw", pair.Child.Time.Value), ("childEnd", mine.EndText),
                ("parentWhat", "@subject-" + pair.Parent.What), ("parentId", pair.Parent.Id), ("parentRaw", pair.Parent.Time.Value), ("parentEnd", due.EndText),
                ("suggested", $"{suggested.Day}/{suggested.Month}/{suggested.Year}"), ("parentLocation", pair.Parent.Time.Location.ToString()),
                ("score", $"{Math.Round(pair.Score * 100):0}%"),
            ];
            var subject = new Subject(pair.Child.What, pair.Child.Id);
            yield return pair.Basis == PairBasis.Text
                ? HitVariant("by-text", pair.Child.Time.Location, subject, args)
                : Hit(pair.Child.Time.Location, subject, args);
        }
    }
}

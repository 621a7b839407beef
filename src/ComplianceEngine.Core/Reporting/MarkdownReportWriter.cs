using System.Globalization;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Reporting;

/// <summary>
/// The Markdown gap report: a summary table (plans, level, counts by severity), then findings grouped by
/// plan and rule, each with file:line, subject, message and fix; then waived findings and unreadable files.
/// No timestamps or absolute paths, so the same input gives the same bytes.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(Report report, Language language, TextWriter output)
    {
        string T(string key) => TextTable.Report.Get(key, language);
        output.Write($"# {T("title-audit")}\n\n## {T("summary")}\n\n");
        output.Write($"| {T("col-plan")} | {T("col-file")} | {T("col-level")} | {T("col-number")} | {T("col-status")} | {T("col-parent")} | {T("col-errors")} | {T("col-warnings")} | {T("col-infos")} | {T("col-waived")} |\n");
        output.Write("|---|---|---|---|---|---|--:|--:|--:|--:|\n");
        foreach (var plan in report.Plans)
        {
            var counts = Counts.Of(report.Findings.Where(f => f.PlanId == plan.Id), report.Waived.Where(w => w.Finding.PlanId == plan.Id));
            var number = DocumentSymbol.Classify(plan.Number?.Value) == SymbolShape.Blank ? T("no-number") : plan.Number!.Value;
            var parent = report.ParentOf(plan)?.Id ?? plan.Parent?.Number ?? T("none");
            output.Write($"| {Cell(plan.Id)} | `{plan.Location.File}` | {T("level-" + plan.Level.ToString().ToLowerInvariant())} | {Cell(number)} | {T("status-" + plan.Status.ToString().ToLowerInvariant())} | {Cell(parent)} | {counts.Errors} | {counts.Warnings} | {counts.Infos} | {counts.Waived} |\n");
        }

        var total = report.Summary;
        output.Write($"| **{T("total")}** | | | | | | **{total.Errors}** | **{total.Warnings}** | **{total.Infos}** | **{total.Waived}** |\n\n");
        output.Write(total.Errors > 0
            ? TextTable.Report.Get("verdict-fail", language, ("errors", total.Errors.ToString(CultureInfo.InvariantCulture)))
            : T("verdict-pass"));
        output.Write("\n\n");

        output.Write($"## {T("findings")}\n\n");
        if (report.Findings.Count == 0)
        {
            output.Write($"{T("no-findings")}\n\n");
        }

        foreach (var plan in report.Plans)
        {
            var own = report.Findings.Where(f => f.PlanId == plan.Id).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            output.Write($"### {plan.Id} — {Inline(plan.Title)}\n\n");
            foreach (var group in own.GroupBy(f => f.Rule.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var rule = group.First().Rule;
                output.Write($"#### {rule.Id} · {rule.Title.For(language)} ({T("severity-" + group.First().Severity.ToString().ToLowerInvariant())})\n\n");
                output.Write($"| {T("col-location")} | {T("col-subject")} | {T("col-finding")} | {T("col-fix")} |\n|---|---|---|---|\n");
                foreach (var f in group)
                {
                    output.Write($"| `{f.Location}` | {Subject(f.Subject, language)} | {Cell(f.Message(language))} | {Cell(f.Fix(language))} |\n");
                }

                output.Write('\n');
            }
        }

        if (report.Waived.Count > 0)
        {
            output.Write($"## {T("waived-findings")}\n\n| {T("col-location")} | {T("col-rule")} | {T("col-subject")} | {T("col-finding")} | {T("col-reason")} |\n|---|---|---|---|---|\n");
            foreach (var w in report.Waived)
            {
                var reason = w.Waiver.Reason + (w.Waiver.ApprovedBy is { } by ? $" ({by})" : string.Empty);
                output.Write($"| `{w.Finding.Location}` | {w.Finding.Rule.Id} | {Subject(w.Finding.Subject, language)} | {Cell(w.Finding.Message(language))} | {Cell(reason)} |\n");
            }

            output.Write('\n');
        }

        if (report.InputErrors.Count > 0)
        {
            output.Write($"## {T("input-errors")}\n\n{T("input-errors-note")}\n\n");
            foreach (var e in report.InputErrors)
            {
                output.Write($"- `{e.Location}`: {Inline(TextTable.InputErrors.Get(e.Code, language, e.Args))}\n");
            }

            output.Write('\n');
        }
    }

    private static string Subject(Subject subject, Language language) =>
        subject.Kind == "plan" ? TextTable.Report.Get("subject-plan", language) : $"{TextTable.Report.Get("subject-" + subject.Kind, language)} {Cell(subject.Id)}";

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Inline(string text) => text.Replace('\n', ' ').Replace("\r", string.Empty, StringComparison.Ordinal);
}

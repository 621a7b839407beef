using System.Globalization;
using ComplianceEngine.Core.Cascade;
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
        if (report.SkippedCounts.Values.Sum() is var skipped and > 0)
        {
            var reasons = Report.SkipReasons.Where(report.SkippedCounts.ContainsKey)
                .Select(r => TextTable.Report.Get("skipped-" + r, language, ("n", report.SkippedCounts[r].ToString(CultureInfo.InvariantCulture))));
            output.Write(TextTable.Report.Get("skipped-line", language, ("count", skipped.ToString(CultureInfo.InvariantCulture)), ("reasons", string.Join("; ", reasons))));
            output.Write("\n\n");
        }

        WriteTree(report, language, output);
        WriteMatrix(report, language, output);
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

    // The cascade as a tree, national → unit: roots are the plans whose parent is not in the report.
    private static void WriteTree(Report report, Language language, TextWriter output)
    {
        var inReport = report.Plans.ToHashSet();
        var roots = report.Plans.Where(p => report.ParentOf(p) is not { } parent || !inReport.Contains(parent)).ToList();
        if (roots.Count == report.Plans.Count)
        {
            return; // No links among the reported plans: the summary table says it all.
        }

        output.Write($"## {TextTable.Report.Get("tree", language)}\n\n");
        var visited = new HashSet<Plan>();
        foreach (var root in roots)
        {
            WriteNode(report, root, 0, language, output, visited);
        }

        output.Write('\n');
    }

    private static void WriteNode(Report report, Plan plan, int depth, Language language, TextWriter output, HashSet<Plan> visited)
    {
        if (!visited.Add(plan))
        {
            return; // A cycle: CE-C007 reports it.
        }

        string T(string key) => TextTable.Report.Get(key, language);
        var counts = Counts.Of(report.Findings.Where(f => f.PlanId == plan.Id), report.Waived.Where(w => w.Finding.PlanId == plan.Id));
        var number = DocumentSymbol.Classify(plan.Number?.Value) == SymbolShape.Blank ? T("no-number") : plan.Number!.Value;
        var state = counts.Errors > 0 ? "✗" : counts.Warnings > 0 ? "!" : "✓";
        output.Write($"{new string(' ', depth * 2)}- {state} **{Inline(plan.Issuer.Value)}** — {Inline(number)} · {T("level-" + plan.Level.ToString().ToLowerInvariant())} · {T("status-" + plan.Status.ToString().ToLowerInvariant())} · " +
            TextTable.Report.Get("tree-counts", language, ("errors", counts.Errors.ToString(CultureInfo.InvariantCulture)), ("warnings", counts.Warnings.ToString(CultureInfo.InvariantCulture))) +
            $" (`{plan.Id}`)\n");
        foreach (var child in report.ChildrenOf(plan))
        {
            WriteNode(report, child, depth + 1, language, output, visited);
        }
    }

    // Parent tasks × child plans: one table per parent, then why each cell is what it is (except the plain case:
    // addressed to everyone and covered by an explicit link).
    private static void WriteMatrix(Report report, Language language, TextWriter output)
    {
        if (report.Trace.Count == 0)
        {
            return;
        }

        string T(string key) => TextTable.Report.Get(key, language);
        output.Write($"## {T("matrix")}\n\n{T("matrix-legend")}\n\n");
        foreach (var byParent in report.Trace.GroupBy(c => c.Parent))
        {
            var parent = byParent.Key;
            var children = byParent.Select(c => c.Child).Distinct().ToList();
            output.Write($"### {Inline(parent.Issuer.Value)} — {Inline(parent.Number?.Value ?? parent.Id)} (`{parent.Id}`)\n\n");
            output.Write($"| {T("col-parent-task")} | {string.Join(" | ", children.Select(c => Cell(c.Id)))} |\n|---|{string.Concat(children.Select(_ => "---|"))}\n");
            foreach (var row in byParent.GroupBy(c => c.ParentTask))
            {
                var cells = children.Select(child => row.FirstOrDefault(c => c.Child == child) is { } cell ? MatrixCell(cell, language) : string.Empty);
                output.Write($"| {Cell(row.Key.Id)} {Cell(TrimTitle(row.Key.Title))} | {string.Join(" | ", cells)} |\n");
            }

            output.Write('\n');
            var notes = byParent.Where(c => !(c.Status == TraceStatus.Covered && c.Coverage?.Method == Coverage.CoverageMethod.ExplicitLink
                && c.Applicability.Reason == ApplicabilityReason.AddressedToAll)).ToList();
            foreach (var c in notes)
            {
                var why = c.Applicability.Describe(language);
                var how = c.Coverage is null ? string.Empty : "; " + c.Coverage.Describe(language);
                var waiver = c.WaiverReason is null ? string.Empty : "; " + TextTable.Report.Get("matrix-waived-because", language, ("reason", c.WaiverReason));
                output.Write($"- {Cell(c.ParentTask.Id)} × {Cell(c.Child.Id)}: {Inline(why)}{Inline(how)}{Inline(waiver)}\n");
            }

            if (notes.Count > 0)
            {
                output.Write('\n');
            }
        }
    }

    private static string MatrixCell(TraceCell cell, Language language) => cell.Status switch
    {
        TraceStatus.Covered when cell.Coverage!.Method == Coverage.CoverageMethod.ExplicitLink => $"✓ {Cell(cell.Coverage.MatchesText)}",
        TraceStatus.Covered when cell.Coverage!.Method == Coverage.CoverageMethod.PlanItself => "✓",
        TraceStatus.Covered => $"≈ {Cell(cell.Coverage!.MatchesText)} ({cell.Coverage.ScoreText})",
        TraceStatus.Missing => $"✗ {TextTable.Report.Get("matrix-missing", language)}",
        TraceStatus.Waived => TextTable.Report.Get("matrix-waived", language),
        _ => "—",
    };

    private static string TrimTitle(string title) => title.Length <= 70 ? title : string.Concat(title.AsSpan(0, 69), "…");

    private static string Subject(Subject subject, Language language) =>
        subject.Kind == "plan" ? TextTable.Report.Get("subject-plan", language) : $"{TextTable.Report.Get("subject-" + subject.Kind, language)} {Cell(subject.Id)}";

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Inline(string text) => text.Replace('\n', ' ').Replace("\r", string.Empty, StringComparison.Ordinal);
}

using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Core.Reporting;
using Microsoft.AspNetCore.Antiforgery;

namespace ComplianceEngine.Cli.Serving;

/// <summary>
/// The pages of <c>compliance serve</c>, in Vietnamese or English: the dashboard (the cascades as a tree with each
/// plan's state), a plan's page (findings with the document's own lines, the coverage matrix, history) and the draft
/// form with its result. Findings are read from the JSON report contract — stored per plan, or written for a draft —
/// so the page shows exactly what <c>--format json</c> says. All text goes through <see cref="HtmlText"/>.
/// </summary>
internal static class PageRenderer
{
    private static readonly TextTable Strings = TextTable.FromResource(typeof(PageRenderer).Assembly, "page-strings.yaml");
    private static readonly string[] Levels = ["national", "province", "department", "unit"];

    private const string Style = """
        body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1b1b1b;background:#f6f7f9}
        header{background:#8b1a1a;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
        header a{color:#fff}header .app{font-weight:600;margin-right:auto}
        main{padding:1rem 1.2rem;max-width:80rem}
        table{border-collapse:collapse;width:100%;background:#fff;margin:.5rem 0 1.2rem}
        th,td{border:1px solid #d5d8dc;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef0f3}
        ul.tree{list-style:none;padding-left:1.2rem}ul.tree li{margin:.3rem 0}
        .badge{display:inline-block;border-radius:.8rem;padding:0 .5rem;margin-left:.3rem;font-size:.85rem}
        .error{background:#fde2e1;color:#8b1a1a}.warning{background:#fff2cc;color:#6b4e00}.clean{background:#e2f4e4;color:#1d5e27}
        .suspect{background:#e5e9ff;color:#27348b}.muted{color:#666;font-size:.85rem}.context{opacity:.55}
        blockquote{margin:0;padding:.2rem .5rem;border-left:3px solid #bbb;background:#fafafa;white-space:pre-wrap}
        form.filters{display:flex;gap:.8rem;align-items:end;flex-wrap:wrap;margin-bottom:.8rem}
        """;

    /// <summary>The dashboard: counts, filters, the tree of cascades, the unreadable files.</summary>
    public static string Dashboard(FolderState state, Language language, string? level, string? unit)
    {
        var view = state.View;
        var body = new HtmlText();
        body.Element("h1", S("dashboard-title", language));
        if (!state.Ready)
        {
            body.Element("p", S("starting", language), "muted");
        }

        body.Element("p", S("dashboard-counts", language,
            ("plans", N(view.Plans.Count)), ("errors", N(view.Plans.Sum(p => p.Record.Errors))), ("warnings", N(view.Plans.Sum(p => p.Record.Warnings))),
            ("suspect", N(view.Plans.Count(p => p.Suspect))), ("broken", N(view.BrokenFiles.Count))));

        body.Tag("<form class=\"filters\" method=\"get\" action=\"/\">");
        body.Tag("<label>").Text(S("filter-level", language)).Tag("<br><select name=\"level\">").Option(string.Empty, S("filter-all", language), string.IsNullOrEmpty(level));
        foreach (var l in Levels)
        {
            body.Option(l, TextTable.Report.Get("level-" + l, language), level == l);
        }

        body.Tag("</select></label><label>").Text(S("filter-unit", language))
            .Tag("<br><input name=\"unit\" value=\"").Tag(HtmlText.Attribute(unit)).Tag("\"></label>");
        if (language == Language.En)
        {
            body.Hidden("lang", "en");
        }

        body.Tag("<button type=\"submit\">").Text(S("filter-apply", language)).Tag("</button>").Link(Href("/", language), S("filter-clear", language)).Tag("</form>");

        if (view.Plans.Count == 0)
        {
            body.Element("p", S("no-plans", language));
        }

        bool Matches(PlanView p) => (string.IsNullOrEmpty(level) || p.Level == level)
            && (string.IsNullOrWhiteSpace(unit) || p.Issuer.Contains(unit.Trim(), StringComparison.OrdinalIgnoreCase));
        var byId = view.Plans.ToDictionary(p => p.Record.Id, StringComparer.Ordinal);
        var children = view.Plans.Where(p => p.ParentId is not null && byId.ContainsKey(p.ParentId)).ToLookup(p => p.ParentId!);
        bool Shown(PlanView p) => Matches(p) || children[p.Record.Id].Any(Shown);
        var roots = view.Plans.Where(p => p.ParentId is null || !byId.ContainsKey(p.ParentId)).Where(Shown).ToList();
        if (roots.Count > 0)
        {
            body.Tag("<ul class=\"tree\" id=\"tree\">");
            foreach (var root in roots)
            {
                Node(body, root, children, Matches, Shown, language);
            }

            body.Tag("</ul>");
        }

        if (view.BrokenFiles.Count > 0)
        {
            body.Element("h2", S("broken-files", language)).Element("p", S("broken-note", language), "muted");
            body.Tag("<table id=\"broken\"><tr>").Element("th", TextTable.Report.Get("col-file", language)).Element("th", TextTable.Report.Get("col-finding", language)).Tag("</tr>");
            foreach (var file in view.BrokenFiles)
            {
                var e = file.Error!;
                body.Tag("<tr>").Element("td", $"{e.Location.File}:{e.Location.Line}:{e.Location.Column}")
                    .Element("td", TextTable.InputErrors.Get(e.Code, language, e.Args)).Tag("</tr>");
            }

            body.Tag("</table>");
        }

        return Layout(S("dashboard-title", language), language, "/", body);
    }

    /// <summary>A plan's page; null when there is no such plan.</summary>
    public static string? Plan(FolderState state, Language language, string id)
    {
        var view = state.View;
        if (view.Plans.FirstOrDefault(p => p.Record.Id == id) is not { } plan)
        {
            return null;
        }

        var body = new HtmlText();
        body.Element("h1", plan.Title);
        body.Tag("<p>").Text(plan.Number ?? TextTable.Report.Get("no-number", language)).Tag(" · ").Text(plan.Issuer).Tag(" · ")
            .Text(TextTable.Report.Get("level-" + plan.Level, language)).Tag("<br><span class=\"muted\">")
            .Text(S("plan-file", language) + ": " + plan.Record.File + " · " + S("checked-at", language, ("time", Time(plan.Record.CheckedAt)))).Tag("</span></p>");
        Badges(body, plan, language);
        if (plan.ParentId is { } parentId && view.Plans.FirstOrDefault(p => p.Record.Id == parentId) is { } parent)
        {
            body.Tag("<p>").Text(S("plan-parent", language) + ": ").Link(Href("/plan/" + Uri.EscapeDataString(parentId), language), parent.Title, "parent").Tag("</p>");
        }

        var kids = view.Plans.Where(p => p.ParentId == id).ToList();
        if (kids.Count > 0)
        {
            body.Tag("<p>").Text(S("plan-children", language) + ": ");
            foreach (var kid in kids)
            {
                body.Link(Href("/plan/" + Uri.EscapeDataString(kid.Record.Id), language), Label(kid, language), "child").Tag(" · ");
            }

            body.Tag("</p>");
        }

        using var json = JsonDocument.Parse(language == Language.En ? plan.Record.JsonEn : plan.Record.JsonVi);
        var lines = view.FilesByPlan.TryGetValue(id, out var file) ? file.Lines : [];
        Findings(body, json.RootElement, lines, language);
        Coverage(body, json.RootElement, view, language);
        History(body, state.History(id), language);
        return Layout(plan.Title, language, "/plan/" + Uri.EscapeDataString(id), body);
    }

    /// <summary>The draft form, and the result of the last check when there is one.</summary>
    public static string DraftForm(FolderState state, Language language, AntiforgeryTokenSet tokens, (string Token, DraftResult Result)? checkedDraft)
    {
        var body = new HtmlText();
        body.Element("h1", S("draft-title", language)).Element("p", S("draft-intro", language));
        body.Tag("<form id=\"draft-form\" method=\"post\" enctype=\"multipart/form-data\" action=\"").Tag(HtmlText.Attribute(Href("/draft", language))).Tag("\">");
        body.Hidden(tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
        body.Tag("<p><label>").Text(S("draft-file", language)).Tag("<br><input type=\"file\" name=\"file\" accept=\".docx,.md,.txt\" required></label></p>");
        body.Tag("<p><label>").Text(S("draft-parent", language)).Tag("<br><select name=\"parent\">").Option(string.Empty, S("draft-parent-auto", language), true);
        foreach (var p in state.View.Plans.OrderBy(p => Array.IndexOf(Levels, p.Level)).ThenBy(p => p.Title, StringComparer.Ordinal))
        {
            body.Option(p.Record.Id, $"{p.Number ?? TextTable.Report.Get("no-number", language)} — {p.Title}", false);
        }

        body.Tag("</select></label></p><p><button type=\"submit\">").Text(S("draft-submit", language)).Tag("</button></p></form>");

        if (checkedDraft is { } done)
        {
            var (token, result) = done;
            body.Tag("<section id=\"draft-result\">").Element("h2", S("draft-result", language));
            var text = new StringWriter();
            new JsonReportWriter().Write(result.Report, language, text);
            using var json = JsonDocument.Parse(text.ToString());
            var root = json.RootElement;
            foreach (var error in root.GetProperty("inputErrors").EnumerateArray())
            {
                body.Tag("<p class=\"badge error\">").Text(S("draft-unreadable", language) + " " + Str(error, "file") + ":" + Num(error, "line") + ": " + Str(error, "message")).Tag("</p>");
            }

            if (root.GetProperty("plans").GetArrayLength() > 0)
            {
                var draft = root.GetProperty("plans")[0];
                body.Element("h3", Str(draft, "title"));
                if (result.ParentId is { } parentId && state.View.Plans.FirstOrDefault(p => p.Record.Id == parentId) is { } parent)
                {
                    body.Tag("<p>").Text(S("draft-parent-found", language) + " ").Link(Href("/plan/" + Uri.EscapeDataString(parentId), language), parent.Title, "parent").Tag("</p>");
                }
                else
                {
                    body.Element("p", S("draft-parent-none", language));
                }

                Findings(body, root, result.Lines, language);
                Coverage(body, root, state.View, language);
            }

            body.Tag("<p>").Text(S("draft-download", language) + " ");
            foreach (var format in new[] { "docx", "md", "json" })
            {
                body.Link(Href($"/draft/{token}/report.{format}", language), "." + format, "download").Tag(" ");
            }

            body.Tag("</p></section>");
        }

        return Layout(S("draft-title", language), language, "/draft", body);
    }

    private static void Node(HtmlText body, PlanView plan, ILookup<string, PlanView> children, Func<PlanView, bool> matches, Func<PlanView, bool> shown, Language language)
    {
        body.Tag(matches(plan) ? "<li class=\"plan\">" : "<li class=\"plan context\">");
        body.Link(Href("/plan/" + Uri.EscapeDataString(plan.Record.Id), language), plan.Title, "plan-link");
        body.Tag(" <span class=\"muted\">").Text($"{plan.Number ?? TextTable.Report.Get("no-number", language)} · {plan.Issuer} · {TextTable.Report.Get("level-" + plan.Level, language)} · {S("checked-at", language, ("time", Time(plan.Record.CheckedAt)))}").Tag("</span>");
        Badges(body, plan, language);
        var kids = children[plan.Record.Id].Where(shown).ToList();
        if (kids.Count > 0)
        {
            body.Tag("<ul class=\"tree\">");
            foreach (var kid in kids)
            {
                Node(body, kid, children, matches, shown, language);
            }

            body.Tag("</ul>");
        }

        body.Tag("</li>");
    }

    private static void Badges(HtmlText body, PlanView plan, Language language)
    {
        if (plan.Record.Errors > 0)
        {
            body.Element("span", S("badge-errors", language, ("n", N(plan.Record.Errors))), "badge error");
        }

        if (plan.Record.Warnings > 0)
        {
            body.Element("span", S("badge-warnings", language, ("n", N(plan.Record.Warnings))), "badge warning");
        }

        if (plan.Record.Errors == 0)
        {
            body.Element("span", S("badge-clean", language), "badge clean");
        }

        if (plan.Suspect)
        {
            body.Element("span", S("badge-suspect", language), "badge suspect");
        }
    }

    // Findings of the JSON report: severity, line, rule, message, the document's line quoted, the fix.
    private static void Findings(HtmlText body, JsonElement root, IReadOnlyList<string> lines, Language language)
    {
        body.Element("h2", S("plan-findings", language));
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        if (findings.Count == 0)
        {
            body.Element("p", TextTable.Report.Get("no-findings", language));
            return;
        }

        body.Tag("<table id=\"findings\"><tr>");
        foreach (var column in new[] { TextTable.Report.Get("col-severity", language), S("col-line", language), TextTable.Report.Get("col-rule", language), TextTable.Report.Get("col-finding", language), TextTable.Report.Get("col-fix", language) })
        {
            body.Element("th", column);
        }

        body.Tag("</tr>");
        foreach (var f in findings)
        {
            var severity = Str(f, "severity");
            var line = f.GetProperty("line").GetInt32();
            body.Tag("<tr class=\"finding\">").Tag("<td>").Element("span", TextTable.Report.Get("severity-" + severity, language), "badge " + severity).Tag("</td>")
                .Element("td", line > 0 ? $"{line}:{Num(f, "column")}" : "—")
                .Tag("<td>").Text(Str(f, "ruleId")).Tag("<br><span class=\"muted\">").Text(Str(f, "title")).Tag("</span></td>")
                .Tag("<td>").Text(Str(f, "message"));
            if (line > 0 && line <= lines.Count && !string.IsNullOrWhiteSpace(lines[line - 1]))
            {
                body.Tag("<blockquote class=\"quote\" title=\"").Tag(HtmlText.Attribute(S("col-quote", language))).Tag("\">").Text(lines[line - 1].Trim()).Tag("</blockquote>");
            }

            body.Tag("</td>").Element("td", Str(f, "fix"), "fix").Tag("</tr>");
        }

        body.Tag("</table>");
    }

    // The coverage matrix of the JSON report, row by row.
    private static void Coverage(HtmlText body, JsonElement root, StateView view, Language language)
    {
        body.Element("h2", S("coverage-title", language));
        var rows = root.GetProperty("coverage").EnumerateArray().ToList();
        if (rows.Count == 0)
        {
            body.Element("p", S("coverage-none", language), "muted");
            return;
        }

        body.Tag("<table id=\"coverage\"><tr>");
        foreach (var column in new[] { TextTable.Report.Get("col-parent", language), TextTable.Report.Get("col-parent-task", language), S("col-child", language), S("col-coverage-status", language), S("col-method", language), S("col-why", language) })
        {
            body.Element("th", column);
        }

        body.Tag("</tr>");
        var titles = view.Plans.ToDictionary(p => p.Record.Id, p => Label(p, language), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var status = Str(row, "status");
            var parent = Str(row, "parent");
            var child = Str(row, "child");
            var method = row.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : null;
            var score = row.TryGetProperty("score", out var sc) && sc.ValueKind == JsonValueKind.Number ? " (" + sc.GetDouble().ToString("0.00", CultureInfo.InvariantCulture) + ")" : string.Empty;
            body.Tag("<tr>").Element("td", titles.GetValueOrDefault(parent, parent)).Element("td", Str(row, "parentTask"))
                .Element("td", child == DraftChecker.DraftId ? child : titles.GetValueOrDefault(child, child))
                .Tag("<td>").Element("span", S("status-" + status, language), status is "missing" ? "badge error" : status is "covered" ? "badge clean" : "badge")
                .Tag("</td>").Element("td", method is null ? "—" : S("method-" + method, language) + score)
                .Element("td", string.Join(" · ", new[] { Str(row, "why"), Str(row, "how") }.Where(s => s.Length > 0))).Tag("</tr>");
        }

        body.Tag("</table>");
    }

    // The history of checks, newest first; each compared with the one before: what got fixed, what is new.
    private static void History(HtmlText body, IReadOnlyList<HistoryEntry> history, Language language)
    {
        body.Element("h2", S("history-title", language));
        if (history.Count == 0)
        {
            body.Element("p", S("history-none", language), "muted");
            return;
        }

        body.Tag("<table id=\"history\"><tr>").Element("th", S("col-time", language)).Element("th", S("col-counts", language)).Element("th", S("col-changes", language)).Tag("</tr>");
        for (var i = 0; i < history.Count; i++)
        {
            var entry = history[i];
            var previous = i + 1 < history.Count ? history[i + 1].Findings : [];
            var fixedOnes = previous.Except(entry.Findings).ToList();
            var newOnes = i + 1 < history.Count ? entry.Findings.Except(previous).ToList() : [];
            var changes = new List<string>();
            if (fixedOnes.Count > 0)
            {
                changes.Add(S("history-fixed", language, ("items", string.Join(", ", fixedOnes))));
            }

            if (newOnes.Count > 0)
            {
                changes.Add(S("history-new", language, ("items", string.Join(", ", newOnes))));
            }

            body.Tag("<tr>").Element("td", Time(entry.CheckedAt))
                .Element("td", TextTable.Report.Get("tree-counts", language, ("errors", N(entry.Errors)), ("warnings", N(entry.Warnings))))
                .Element("td", changes.Count == 0 ? S("history-same", language) : string.Join(" · ", changes)).Tag("</tr>");
        }

        body.Tag("</table>");
    }

    private static string Layout(string title, Language language, string path, HtmlText body)
    {
        var page = new HtmlText();
        page.Tag("<!DOCTYPE html><html lang=\"").Tag(language == Language.En ? "en" : "vi").Tag("\"><head><meta charset=\"utf-8\">")
            .Tag("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Text(title + " — " + S("app-title", language)).Tag("</title><style>")
            .Tag(Style).Tag("</style></head><body><header>").Element("span", S("app-title", language), "app")
            .Link(Href("/", language), S("nav-dashboard", language)).Link(Href("/draft", language), S("nav-draft", language))
            .Link(language == Language.En ? path : path + "?lang=en", S("switch-language", language), "lang-switch")
            .Tag("</header><main>").Tag(body.ToString()).Tag("</main></body></html>");
        return page.ToString();
    }

    // Plans of one cascade often share a title; the issuer and number tell them apart.
    private static string Label(PlanView plan, Language language) => $"{plan.Issuer} ({plan.Number ?? TextTable.Report.Get("no-number", language)})";

    private static string Href(string path, Language language) => language == Language.En ? path + "?lang=en" : path;

    private static string S(string key, Language language, params (string Name, string Value)[] args) => Strings.Get(key, language, args);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;

    private static string Num(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32().ToString(CultureInfo.InvariantCulture) : "0";
}

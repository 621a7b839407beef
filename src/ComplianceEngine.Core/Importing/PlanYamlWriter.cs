using System.Globalization;
using System.Text;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Writes a plan in the structured format (docs/plan-format.md), as <c>compliance import</c> does for a document:
/// every element with its <c>doc_line</c> (the line it was read from), the fields the importer did not find listed in a
/// comment at the top. The output loads back with the YAML loader and validates against docs/plan.schema.json.
/// </summary>
public static class PlanYamlWriter
{
    /// <summary>The YAML text of <paramref name="plan"/>, LF line ends.</summary>
    public static string Write(Plan plan)
    {
        var w = new Writer();
        w.Comment($"Imported from {plan.Source ?? plan.Location.File} by `compliance import`; review every field before relying on it.");
        w.Comment("doc_line = the line (for .docx: the paragraph or table row) of the document an element was read from.");
        if (plan.ImportNotes.Any(n => n.Field != "duplicate-id"))
        {
            w.Comment("Not found in the document (left empty, not guessed): " + string.Join(", ", plan.ImportNotes.Where(n => n.Field != "duplicate-id").Select(n => n.Field).Distinct()) + ".");
        }

        foreach (var d in plan.ImportNotes.Where(n => n.Field == "duplicate-id"))
        {
            w.Comment($"Item '{d.Id}' at doc_line {d.Location.Line} repeats the number of the item at doc_line {d.First}; given the id '{d.NewId}'.");
        }

        w.Line("format: compliance-plan/1");
        w.Scalar("id", plan.Id, quote: false);
        w.Scalar("source", plan.Source);
        w.Scalar("number", plan.Number?.Value);
        w.Scalar("document_type", plan.DocumentType);
        w.Scalar("title", plan.Title);
        w.Scalar("issuer", plan.Issuer.Value);
        if (plan.UnitKinds.Count > 0)
        {
            w.Line("unit_kinds: [" + string.Join(", ", plan.UnitKinds) + "]");
        }

        w.Scalar("level", plan.Level.ToString().ToLowerInvariant(), quote: false);
        w.Scalar("place", plan.Place);
        w.Scalar("issue_date", plan.IssueDate?.Value.ToString());
        w.Scalar("period", plan.Period?.Value.ToString());
        w.Scalar("status", plan.Status.ToString().ToLowerInvariant(), quote: false);
        if (plan.Parent is { } parent)
        {
            w.Line("parent:");
            w.Scalar("  id", parent.Id);
            w.Scalar("  number", parent.Number);
            w.Scalar("  date", parent.Date?.ToString());
            w.Scalar("  issuer", parent.Issuer);
        }

        Citations(w, "legal_bases", plan.LegalBases);
        Citations(w, "references", plan.References);
        w.List("sections", plan.Sections, (s, item) =>
        {
            item.Scalar("number", s.Number);
            item.Scalar("title", s.Title);
            item.Integer("doc_line", s.Location.Line);
        });
        w.List("tasks", plan.Tasks, (t, item) =>
        {
            item.Scalar("id", t.Id);
            item.Scalar("number", t.Number);
            item.Scalar("section", t.Section);
            item.Scalar("title", t.Title);
            item.Strings("details", t.Details);
            item.Scalar("lead_unit", t.LeadUnit?.Value);
            item.Strings("supporting_units", t.SupportingUnits);
            item.Strings("assigned_to", t.AssignedTo);
            item.Scalar("timeline", t.Timeline?.Value);
            item.Strings("implements", t.Implements.Select(i => i.Value).ToList());
            item.Scalar("kind", t.Kind == TaskKind.Activity ? null : t.Kind.ToString().ToLowerInvariant(), quote: false);
            item.Integer("doc_line", t.Location.Line);
        });
        w.List("reports", plan.Reports, (r, item) =>
        {
            item.Scalar("id", r.Id);
            item.Scalar("title", r.Title);
            item.Scalar("kind", KindKey(r.Kind), quote: false);
            item.Scalar("due", r.Due.Value);
            item.Scalar("recurring", r.Recurring ? "true" : null, quote: false);
            item.Scalar("recipient", r.Recipient);
            item.Strings("from", r.From);
            item.Integer("doc_line", r.Location.Line);
        });
        w.List("indicators", plan.Indicators, (i, item) =>
        {
            item.Scalar("id", i.Id);
            item.Scalar("name", i.Name);
            item.Scalar("unit", i.Unit);
            item.Scalar("baseline", i.Baseline);
            item.Scalar("target", i.Target);
            item.Scalar("direction", i.Direction == IndicatorDirection.Unspecified ? null : i.Direction.ToString().ToLowerInvariant(), quote: false);
            item.Integer("year", i.Year);
            item.Scalar("responsible", i.Responsible);
            item.Integer("doc_line", i.Location.Line);
        });
        w.Strings("recipients", plan.Recipients.Select(r => r.Value).ToList());
        if (plan.Signer is { } signer)
        {
            w.Line("signer:");
            w.Scalar("  title", signer.Title);
            w.Scalar("  name", signer.Name);
            w.Integer("  doc_line", signer.Location.Line);
        }

        return w.ToString();
    }

    private static void Citations(Writer w, string key, IReadOnlyList<Citation> citations) =>
        w.List(key, citations, (c, item) =>
        {
            item.Scalar("type", c.Type);
            item.Scalar("number", c.Number);
            item.Scalar("date", c.Date?.ToString());
            item.Scalar("issuer", c.Issuer);
            item.Scalar("title", c.Title);
            item.Scalar("raw", c.Raw);
            item.Integer("doc_line", c.DocLine ?? c.Location.Line);
        });

    private static string KindKey(ReportKind kind) => kind switch
    {
        ReportKind.Plan => "plan",
        ReportKind.SixMonth => "six-month",
        ReportKind.Annual => "annual",
        ReportKind.Quarterly => "quarterly",
        ReportKind.AdHoc => "ad-hoc",
        ReportKind.Event => "event",
        ReportKind.Statistics => "statistics",
        _ => "other",
    };

    private sealed class Writer(string indent = "")
    {
        private readonly StringBuilder sb = new();

        // A comment is one line, whatever it quotes (a file name or an id may hold a line break).
        public void Comment(string text) => sb.Append(indent).Append("# ").Append(text.ReplaceLineEndings(" ").Replace('\u2028', ' ').Replace('\u2029', ' ').Replace('\u0085', ' ')).Append('\n');

        public void Line(string text) => sb.Append(indent).Append(text).Append('\n');

        public void Scalar(string key, string? value, bool quote = true)
        {
            if (value is not null)
            {
                Line($"{key}: {(quote ? Quote(value) : value)}");
            }
        }

        public void Integer(string key, int? value)
        {
            if (value is int v && v > 0)
            {
                Line($"{key}: {v.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        public void Strings(string key, IReadOnlyList<string> values)
        {
            if (values.Count == 0)
            {
                return;
            }

            Line(key + ":");
            foreach (var v in values)
            {
                Line("  - " + Quote(v));
            }
        }

        public void List<T>(string key, IReadOnlyList<T> items, Action<T, Writer> write)
        {
            if (items.Count == 0)
            {
                return;
            }

            Line(key + ":");
            foreach (var item in items)
            {
                var inner = new Writer(indent + "    ");
                write(item, inner);
                var text = inner.ToString();
                // The first key of an item takes the list dash.
                sb.Append(indent).Append("  - ").Append(text.AsSpan(indent.Length + 4));
            }
        }

        public override string ToString() => sb.ToString();

        private static string Quote(string value)
        {
            var q = new StringBuilder("\"");
            foreach (var c in value)
            {
                q.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\t' => "\\t",
                    '\n' => "\\n",
                    _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                    _ => c.ToString(),
                });
            }

            return q.Append('"').ToString();
        }
    }
}

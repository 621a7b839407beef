using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Reporting;

/// <summary>
/// The machine-readable report, a stable contract documented in docs/json-report.md
/// (<c>format: compliance-report/1</c>). Vietnamese stays readable (no \uXXXX escapes).
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public void Write(Report report, Language language, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("format", "compliance-report/1");
            json.WriteString("lang", language == Language.En ? "en" : "vi");
            json.WriteStartArray("plans");
            foreach (var plan in report.Plans)
            {
                json.WriteStartObject();
                json.WriteString("id", plan.Id);
                json.WriteString("file", plan.Location.File);
                json.WriteString("level", plan.Level.ToString().ToLowerInvariant());
                json.WriteString("status", plan.Status.ToString().ToLowerInvariant());
                WriteNullable(json, "number", DocumentSymbol.Classify(plan.Number?.Value) == SymbolShape.Blank ? null : plan.Number!.Value);
                WriteNullable(json, "issueDate", plan.IssueDate?.Value.ToString());
                json.WriteString("issuer", plan.Issuer.Value);
                json.WriteString("title", plan.Title);
                WriteNullable(json, "parent", report.ParentOf(plan)?.Id);
                WriteNullable(json, "parentCited", plan.Parent?.Number ?? plan.Parent?.Id);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                WriteFinding(json, f, language);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("waived");
            foreach (var w in report.Waived)
            {
                WriteFinding(json, w.Finding, language);
                json.WriteStartObject("waiver");
                WriteNullable(json, "reason", w.Waiver.Reason);
                WriteNullable(json, "approvedBy", w.Waiver.ApprovedBy);
                WriteNullable(json, "until", w.Waiver.Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("file", w.Waiver.Location.File);
                json.WriteNumber("line", w.Waiver.Location.Line);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("coverage");
            foreach (var c in report.Trace)
            {
                json.WriteStartObject();
                json.WriteString("parent", c.Parent.Id);
                json.WriteString("parentTask", c.ParentTask.Id);
                json.WriteString("child", c.Child.Id);
                json.WriteString("status", c.Status switch
                {
                    Cascade.TraceStatus.Covered => "covered",
                    Cascade.TraceStatus.Missing => "missing",
                    Cascade.TraceStatus.Waived => "waived",
                    _ => "not-applicable",
                });
                json.WriteBoolean("applies", c.Applicability.Applies);
                json.WriteString("applicability", c.Applicability.Reason switch
                {
                    Cascade.ApplicabilityReason.AddressedToAll => "all",
                    Cascade.ApplicabilityReason.OwnUnit => "own-unit",
                    Cascade.ApplicabilityReason.UnitKind => "unit-kind",
                    Cascade.ApplicabilityReason.Undetermined => "undetermined",
                    Cascade.ApplicabilityReason.OutsideScope => "outside-scope",
                    _ => "other-units",
                });
                json.WriteString("why", c.Applicability.Describe(language));
                if (c.Coverage is { } coverage)
                {
                    json.WriteString("method", coverage.Method switch { Coverage.CoverageMethod.ExplicitLink => "link", Coverage.CoverageMethod.PlanItself => "plan", _ => "text" });
                    json.WriteNumber("score", Math.Round(coverage.Score, 3));
                    json.WriteStartArray("matchedTasks");
                    foreach (var m in coverage.Matches)
                    {
                        json.WriteStringValue(m);
                    }

                    json.WriteEndArray();
                    json.WriteString("how", coverage.Describe(language));
                }
                else
                {
                    json.WriteNull("method");
                }

                WriteNullable(json, "waiverReason", c.WaiverReason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("inputErrors");
            foreach (var e in report.InputErrors)
            {
                json.WriteStartObject();
                json.WriteString("file", e.Location.File);
                json.WriteNumber("line", e.Location.Line);
                json.WriteNumber("column", e.Location.Column);
                json.WriteString("code", e.Code);
                json.WriteString("message", TextTable.InputErrors.Get(e.Code, language, e.Args));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var s = report.Summary;
            json.WriteStartObject("summary");
            json.WriteNumber("plans", report.Plans.Count);
            json.WriteNumber("errors", s.Errors);
            json.WriteNumber("warnings", s.Warnings);
            json.WriteNumber("infos", s.Infos);
            json.WriteNumber("waived", s.Waived);
            json.WriteNumber("inputErrors", report.InputErrors.Count);
            json.WriteNumber("skipped", report.SkippedCounts.Values.Sum());
            json.WriteStartObject("skippedBy");
            foreach (var reason in Report.SkipReasons.Where(report.SkippedCounts.ContainsKey))
            {
                json.WriteNumber(reason, report.SkippedCounts[reason]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding f, Language language)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.Rule.Id);
        json.WriteString("category", f.Rule.Category.ToString().ToLowerInvariant());
        json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
        json.WriteString("planId", f.PlanId);
        json.WriteString("file", f.Location.File);
        json.WriteNumber("line", f.Location.Line);
        json.WriteNumber("column", f.Location.Column);
        json.WriteString("title", f.Rule.Title.For(language));
        json.WriteString("message", f.Message(language));
        json.WriteString("fix", f.Fix(language));
        json.WriteStartObject("subject");
        json.WriteString("kind", f.Subject.Kind);
        json.WriteString("id", f.Subject.Id);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}

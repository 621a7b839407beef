using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Core.Reporting;

/// <summary>
/// SARIF 2.1.0 for tools that read it (code-scanning dashboards, editors): one run, the rules that fired as
/// <c>tool.driver.rules</c>, findings as results, waived findings as results with an in-source suppression
/// carrying the waiver's reason, unreadable inputs as tool execution notifications.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public void Write(Report report, Language language, TextWriter output)
    {
        var all = report.Findings.Select(f => (Finding: f, Waiver: (Model.Waiver?)null))
            .Concat(report.Waived.Select(w => (w.Finding, (Model.Waiver?)w.Waiver)))
            .OrderBy(x => x.Finding, Comparer<Finding>.Create(Finding.Compare))
            .ToList();
        var rules = all.Select(x => x.Finding.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "ComplianceEngine");
            json.WriteString("semanticVersion", "0.1.0");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title.For(language));
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Rationale.For(language));
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category.ToString().ToLowerInvariant());
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var (f, waiver) in all)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", f.Rule.Id);
                json.WriteNumber("ruleIndex", ruleIndex[f.Rule.Id]);
                json.WriteString("level", Level(f.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", $"{f.Message(language)} {f.Fix(language)}");
                json.WriteEndObject();
                WriteLocations(json, f.Location);
                json.WriteStartObject("properties");
                json.WriteString("planId", f.PlanId);
                json.WriteString("subjectKind", f.Subject.Kind);
                json.WriteString("subjectId", f.Subject.Id);
                json.WriteEndObject();
                if (waiver is not null)
                {
                    json.WriteStartArray("suppressions");
                    json.WriteStartObject();
                    json.WriteString("kind", "inSource");
                    json.WriteString("justification", waiver.Reason);
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", report.InputErrors.Count == 0);
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var e in report.InputErrors)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", TextTable.InputErrors.Get(e.Code, language, e.Args));
                json.WriteEndObject();
                WriteLocations(json, e.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteLocations(Utf8JsonWriter json, Model.SourceLocation location)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", location.File);
        json.WriteEndObject();
        if (location.Line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            json.WriteNumber("startColumn", Math.Max(1, location.Column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}

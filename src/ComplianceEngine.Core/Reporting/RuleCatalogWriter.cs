using System.Text;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Reporting;

/// <summary>The rule catalogue as Markdown (the output of <c>compliance rules</c> and the content of rules/CATALOG.md).</summary>
public static class RuleCatalogWriter
{
    /// <summary>Markdown table of every descriptor, ordered by id.</summary>
    public static string Write(RuleCatalog catalog, Language language)
    {
        string T(string key) => TextTable.Report.Get(key, language);
        var sb = new StringBuilder();
        sb.Append($"# {T("rules-title")}\n\n");
        sb.Append($"| {T("col-rule")} | {T("col-category")} | {T("col-severity")} | {T("col-title")} | {T("col-rationale")} |\n|---|---|---|---|---|\n");
        foreach (var d in catalog.Descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var parameters = d.Parameters.Count == 0 ? string.Empty : $" ({string.Join(", ", d.Parameters.Select(p => $"`{p.Key}` = {p.Value}"))})";
            sb.Append($"| {d.Id} | {d.Category.ToString().ToLowerInvariant()} | {T("severity-" + d.DefaultSeverity.ToString().ToLowerInvariant())} | {d.Title.For(language)} | {d.Rationale.For(language).Replace("|", "\\|", StringComparison.Ordinal)}{parameters} |\n");
        }

        return sb.ToString();
    }
}

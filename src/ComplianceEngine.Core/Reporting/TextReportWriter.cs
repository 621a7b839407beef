using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Reporting;

/// <summary>
/// One line a finding, as compilers and linters print them and editors and CI problem matchers read them:
/// <c>file:line:col: severity RULE message</c>, in document order (file, line, column), paths as given. The severity
/// is the machine word <c>error</c>, <c>warning</c> or <c>info</c> in every language (like the rule id, a code a
/// matcher reads); the message is in the report language. Input errors are lines of severity <c>error</c> and rule
/// <c>input</c>. Waived findings are not listed. Nothing else is written: a clean run prints nothing.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(Report report, Language language, TextWriter output)
    {
        var lines = report.Findings.Select(f => (f.Location, Line: $"{SeverityWord(f.Severity)} {f.Rule.Id} {f.Message(language)}"))
            .Concat(report.InputErrors.Select(e => (e.Location, Line: $"error input {TextTable.InputErrors.Get(e.Code, language, e.Args)}")))
            .OrderBy(x => x.Location.File, StringComparer.Ordinal).ThenBy(x => x.Location.Line).ThenBy(x => x.Location.Column);
        foreach (var (location, line) in lines)
        {
            output.Write($"{Position(location)}: {OneLine(line)}\n");
        }
    }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string Position(SourceLocation location) =>
        location.Line > 0 ? $"{location.File}:{location.Line}:{Math.Max(1, location.Column)}" : location.File;

    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}

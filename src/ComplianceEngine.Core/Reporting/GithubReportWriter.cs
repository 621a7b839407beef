using System.Text;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one a finding, which the runner shows as annotations on the files of a pull
/// request: <c>::error file=F,line=L,col=C,title=RULE::message</c> (<c>warning</c>, <c>notice</c> for information).
/// Escaped as the runner unescapes: in the message <c>%</c>, CR and LF; in a property also <c>:</c> and <c>,</c>.
/// Input errors are <c>::error</c> commands titled <c>input</c>. Waived findings are not annotated.
/// </summary>
public sealed class GithubReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(Report report, Language language, TextWriter output)
    {
        var commands = report.Findings.Select(f => (f.Location, Command: Command(Level(f.Severity), f.Location, f.Rule.Id, $"{f.Message(language)} {f.Fix(language)}")))
            .Concat(report.InputErrors.Select(e => (e.Location, Command: Command("error", e.Location, "input", TextTable.InputErrors.Get(e.Code, language, e.Args)))))
            .OrderBy(x => x.Location.File, StringComparer.Ordinal).ThenBy(x => x.Location.Line).ThenBy(x => x.Location.Column);
        foreach (var (_, command) in commands)
        {
            output.Write(command);
            output.Write('\n');
        }
    }

    /// <summary>One workflow command.</summary>
    public static string Command(string level, SourceLocation location, string title, string message)
    {
        var properties = new StringBuilder($"file={EscapeProperty(location.File)}");
        if (location.Line > 0)
        {
            properties.Append($",line={location.Line},col={Math.Max(1, location.Column)}");
        }

        properties.Append($",title={EscapeProperty(title)}");
        return $"::{level} {properties}::{EscapeData(message)}";
    }

    /// <summary>The escaping of a command's message (the runner's <c>escapeData</c>).</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>The escaping of a command's property value (the runner's <c>escapeProperty</c>).</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };
}

using System.CommandLine;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Core.Word;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>check DRAFT.docx --annotate OUT.docx [--fix]</c>: after the report, a copy of the Word draft with a comment at each
/// finding and, with <c>--fix</c>, the certain corrections as tracked changes. The draft itself is only read.
/// </summary>
internal sealed class AnnotateOptions
{
    public Option<string?> Annotate { get; } = new("--annotate")
    {
        Description = "Write a copy of the .docx plan with a Word comment at each finding to this .docx file",
    };

    public Option<bool> Fix { get; } = new("--fix")
    {
        Description = "With --annotate: also propose the corrections the catalogue or the parent makes certain, as tracked changes",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Annotate);
        command.Options.Add(Fix);
    }

    /// <summary>The step that writes the annotated copy, null without <c>--annotate</c>; <paramref name="problem"/> on bad usage.</summary>
    public Func<Report, int?>? Read(ParseResult parse, RunSettings settings, IReadOnlyList<string> inputs, out InputError? problem)
    {
        problem = null;
        var output = parse.GetValue(Annotate);
        var fix = parse.GetValue(Fix);
        if (output is null)
        {
            problem = fix ? InputError.At(SourceLocation.FileOnly("--fix"), "fix-needs-annotate") : null;
            return null;
        }

        var draft = inputs.Count == 1 ? inputs[0] : null;
        if (draft is null || !string.Equals(Path.GetExtension(draft), ".docx", StringComparison.OrdinalIgnoreCase) || !File.Exists(draft))
        {
            problem = InputError.At(SourceLocation.FileOnly(draft ?? string.Join(' ', inputs)), "annotate-needs-docx");
            return null;
        }

        if (!string.Equals(Path.GetExtension(output), ".docx", StringComparison.OrdinalIgnoreCase)
            || string.Equals(Path.GetFullPath(output), Path.GetFullPath(draft), StringComparison.Ordinal))
        {
            problem = InputError.At(SourceLocation.FileOnly(output), "annotate-bad-output");
            return null;
        }

        return report =>
        {
            // The one plan reported on is the draft's; a draft that could not be read has none (its input error is printed).
            if (report.Plans.Count != 1)
            {
                return null;
            }

            var plan = report.Plans[0];
            var annotation = DocxAnnotator.Annotate(File.ReadAllBytes(draft), plan, report.Findings, report.ParentOf(plan), settings.Language, fix, settings.AsOf);
            if (ReportRunner.WriteStreamAtomically(output, stream => stream.Write(annotation.Bytes)) is { } writeError)
            {
                Console.Error.WriteLine(InputErrorText.Render(writeError, settings.Language));
                return ExitCodes.BadInput;
            }

            return null;
        };
    }
}

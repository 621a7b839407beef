using System.CommandLine;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Loading;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance import DOC [--out FILE]</c>: a Vietnamese document (.md, .txt, .docx) → structured plan YAML.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("document") { Description = "The document to import (.md, .txt or .docx)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the YAML to this file instead of standard output" };
        var lang = new Option<string>("--lang") { Description = "Language of messages: vi (default) | en", DefaultValueFactory = _ => "vi" };
        lang.AcceptOnlyFromAmong("vi", "en");
        var command = new Command("import", "Import a plan document (Markdown, text or Word) into the structured YAML format") { document, output, lang };
        command.SetAction(parse => Run(parse.GetValue(document)!, parse.GetValue(output), parse.GetValue(lang) == "en" ? Language.En : Language.Vi));
        return command;
    }

    private static int Run(string path, string? output, Language language)
    {
        if (!PlanLoader.DocumentExtensions.Contains(Path.GetExtension(path)))
        {
            Console.Error.WriteLine(InputErrorText.Render(InputError.At(Core.Model.SourceLocation.FileOnly(path), "unsupported-file", ("extension", Path.GetExtension(path))), language));
            return ExitCodes.BadInput;
        }

        var loaded = PlanLoader.Load([path]);
        foreach (var error in loaded.Errors)
        {
            Console.Error.WriteLine(InputErrorText.Render(error, language));
        }

        if (loaded.Plans.Count != 1)
        {
            return ExitCodes.BadInput;
        }

        var plan = loaded.Plans[0];
        var yaml = PlanYamlWriter.Write(plan);
        if (output is null)
        {
            Console.Out.Write(yaml);
        }
        else if (ReportRunner.WriteAtomically(output, w => w.Write(yaml)) is { } writeError)
        {
            Console.Error.WriteLine(InputErrorText.Render(writeError, language));
            return ExitCodes.BadInput;
        }

        if (plan.ImportNotes.Count > 0)
        {
            var fields = string.Join(", ", plan.ImportNotes.Select(n => n.Field).Distinct());
            Console.Error.WriteLine($"{plan.Location}: {TextTable.Report.Get("import-not-found", language, ("fields", fields))}");
        }

        return ExitCodes.Clean;
    }
}

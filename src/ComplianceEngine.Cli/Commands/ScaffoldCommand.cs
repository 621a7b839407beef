using System.CommandLine;
using System.Text;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Word;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>compliance scaffold --parent PLAN --unit NAME [--year YYYY] --out DRAFT.docx|.md</c>: a draft plan for the unit,
/// with one task per parent task that applies to it (<see cref="PlanScaffold"/>).
/// </summary>
internal static class ScaffoldCommand
{
    public static Command Create()
    {
        var parent = new Option<string>("--parent", "-p") { Description = "The parent plan (.yaml, .md, .txt, .docx)", Required = true };
        var unit = new Option<string>("--unit") { Description = "The unit the draft is for, e.g. \"Bệnh viện Đa khoa huyện Phong Thổ\"", Required = true };
        var year = new Option<int?>("--year") { Description = "The plan's year (default: the parent's)" };
        var output = new Option<string>("--out", "-o") { Description = "The draft to write: .docx or .md", Required = true };
        var lang = new Option<string>("--lang") { Description = "Language of error messages: vi (default) | en", DefaultValueFactory = _ => "vi" };
        lang.AcceptOnlyFromAmong("vi", "en");
        var command = new Command("scaffold", "Write a draft plan for a unit from its parent plan: bases, the tasks that apply to it, deadlines, indicators, blanks to fill")
        {
            parent, unit, year, output, lang,
        };
        command.SetAction(parse =>
        {
            var language = parse.GetValue(lang) == "en" ? Language.En : Language.Vi;
            var path = parse.GetValue(output)!;
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".docx" or ".md"))
            {
                Console.Error.WriteLine(InputErrorText.Render(InputError.At(SourceLocation.FileOnly(path), "scaffold-bad-output"), language));
                return ExitCodes.BadInput;
            }

            var loaded = PlanLoader.Load([parse.GetValue(parent)!]);
            foreach (var error in loaded.Errors)
            {
                Console.Error.WriteLine(InputErrorText.Render(error, language));
            }

            if (loaded.Errors.Count > 0 || loaded.Plans.Count != 1)
            {
                return ExitCodes.BadInput;
            }

            var plan = loaded.Plans[0];
            var lines = PlanScaffold.Lines(plan, parse.GetValue(unit)!, parse.GetValue(year) ?? plan.ReferenceYear ?? DateTime.Today.Year, RuleAssembly.Units, RuleAssembly.LegalCatalog);
            // Written as a report is (ReportRunner): atomically, an unwritable place an input error.
            var writeError = extension == ".docx"
                ? ReportRunner.WriteStreamAtomically(path, stream => stream.Write(LinesDocx.Build(lines)))
                : ReportRunner.WriteAtomically(path, writer => writer.Write(string.Join('\n', lines) + "\n"));
            if (writeError is not null)
            {
                Console.Error.WriteLine(InputErrorText.Render(writeError, language));
                return ExitCodes.BadInput;
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}

using System.CommandLine;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance rules</c>: the rule catalogue, generated from the descriptors.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var lang = new Option<string>("--lang") { Description = "vi (default) | en", DefaultValueFactory = _ => "vi" };
        lang.AcceptOnlyFromAmong("vi", "en");
        var command = new Command("rules", "List the rules: id, category, severity, title, rationale") { lang };
        command.SetAction(parse =>
        {
            var language = parse.GetValue(lang) == "en" ? Language.En : Language.Vi;
            Console.Out.Write(RuleCatalogWriter.Write(RuleAssembly.Catalog, language));
            return ExitCodes.Clean;
        });
        return command;
    }
}

using System.CommandLine;
using ComplianceEngine.Cli.Commands;

namespace ComplianceEngine.Cli;

/// <summary>The commands of <c>compliance</c>; a new command is one more line here (and its Vietnamese help in help-strings.yaml).</summary>
internal static class CommandTree
{
    public static RootCommand Build()
    {
        var root = new RootCommand("compliance — plan compliance and cascade checker for Vietnamese gender-equality plans")
        {
            CheckCommand.Create(),
            AuditCommand.Create(),
            RulesCommand.Create(),
            WatchCommand.Create(),
            ServeCommand.Create(),
            ImportCommand.Create(),
            ScaffoldCommand.Create(),
        };

        // Only so that "compliance --lang vi --help" is understood; each command has its own --lang.
        root.Options.Add(new Option<string?>("--lang") { Description = "Language of reports and help: vi (default) | en" });
        return root;
    }
}

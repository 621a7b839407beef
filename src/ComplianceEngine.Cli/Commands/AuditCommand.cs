using System.CommandLine;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance audit DIR</c>: builds every cascade in a folder and checks all of it.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("folder") { Description = "Folders (or files) of plans", Arity = ArgumentArity.OneOrMore };
        var common = new CommonOptions();
        var command = new Command("audit", "Audit every plan and cascade found in a folder") { folders };
        common.AddTo(command);
        command.SetAction(parse => ReportRunner.Run(common.Read(parse, parse.GetValue(folders)), parse.GetValue(folders) ?? [], [], reportContext: true));
        return command;
    }
}

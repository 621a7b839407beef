using System.CommandLine;
using System.Text;
using ComplianceEngine.Cli;
using ComplianceEngine.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("compliance — rà soát kế hoạch bình đẳng giới và vì sự tiến bộ của phụ nữ theo cấp (plan compliance and cascade checker)")
{
    CheckCommand.Create(),
    AuditCommand.Create(),
    RulesCommand.Create(),
    WatchCommand.Create(),
    ServeCommand.Create(),
    ImportCommand.Create(),
    ScaffoldCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"compliance: {error.Message}");
    }

    Console.Error.WriteLine("compliance --help: usage");
    return ExitCodes.BadInput;
}

return parse.Invoke();

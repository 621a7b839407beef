using System.CommandLine;
using System.Text;
using ComplianceEngine.Cli;
using ComplianceEngine.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

// The top-level guard: whatever a command throws ends the run with exit code 2 and one line, never a stack trace.
try
{
    var root = CommandTree.Build();
    var vietnameseHelp = HelpLanguage.WantsVietnameseHelp(args);
    if (vietnameseHelp)
    {
        HelpLanguage.Translate(root);
    }

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

    if (vietnameseHelp)
    {
        // Help is written by System.CommandLine; its own headings are put in Vietnamese on the way out.
        using var help = new StringWriter();
        var code = parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = help });
        Console.Out.Write(HelpLanguage.TranslateHeadings(help.ToString()));
        return code;
    }

    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return CrashGuard.Report(e);
}

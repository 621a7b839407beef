
namespace ComplianceEngine.Cli;

/// <summary>
/// What the top-level guard of <c>compliance</c> does with an exception no command handled: one line on standard error
/// (the kind of failure and its message; the stack trace only when <c>CE_DEBUG=1</c>) and exit code 2, the code of a
/// run that could not be completed — never 1, which means "findings".
/// </summary>
internal static class CrashGuard
{
    public static int Report(Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
        var reason = $"{inner.GetType().Name}: {inner.Message.ReplaceLineEndings(" ")}";
        var language = Environment.GetCommandLineArgs().SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() == "en" ? Language.En : Language.Vi;
        Console.Error.WriteLine("compliance: " + TextTable.InputErrors.Get("internal-error", language, new Dictionary<string, string> { ["reason"] = reason }));
        if (Environment.GetEnvironmentVariable("CE_DEBUG") == "1")
        {
            Console.Error.WriteLine(e);
        }

        return ExitCodes.BadInput;
    }
}

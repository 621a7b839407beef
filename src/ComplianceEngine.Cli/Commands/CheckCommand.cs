using System.CommandLine;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance check PLAN... [--parent FILE|DIR]</c>: checks plans, with their parent found among the given plans.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var plans = new Argument<string[]>("plan") { Description = "Plan files to check", Arity = ArgumentArity.OneOrMore };
        var parent = new Option<string[]>("--parent", "-p")
        {
            Description = "The parent plan, or a folder of issued plans in which the parent is found through the plan's own citation",
            AllowMultipleArgumentsPerToken = true,
        };
        var annotate = new AnnotateOptions();
        var common = new CommonOptions();
        var command = new Command("check", "Check one or more plans (a draft before issue); only the named plans are reported on") { plans, parent };
        common.AddTo(command);
        annotate.AddTo(command);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(plans) ?? [];
            var settings = common.Read(parse, inputs);
            var step = annotate.Read(parse, settings, inputs, out var problem);
            if (problem is not null)
            {
                Console.Error.WriteLine(InputErrorText.Render(problem, settings.Language));
                return ExitCodes.BadInput;
            }

            return ReportRunner.Run(settings, inputs, parse.GetValue(parent) ?? [], reportContext: false, step);
        });
        return command;
    }
}

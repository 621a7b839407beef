using System.CommandLine;
using System.Globalization;
using ComplianceEngine.Cli.Watching;
using ComplianceEngine.Core.Loading;
using Microsoft.Extensions.Hosting;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance watch DIR --out DIR</c>: the hosted service that keeps the reports of a document folder current.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Document folder to watch (YAML plans and .md/.txt/.docx documents)" };
        var outFolder = new Option<string>("--out", "-o") { Description = "Folder where report.md, report.json and report.sarif are kept current", Required = true };
        var interval = new Option<double>("--interval") { Description = "Seconds between looks at the folder", DefaultValueFactory = _ => 2 };
        interval.Validators.Add(result =>
        {
            // TimeSpan.FromSeconds would throw on NaN or infinity: a usage error, checked before anything runs.
            var seconds = result.GetValueOrDefault<double>();
            if (!double.IsFinite(seconds) || seconds <= 0 || seconds > 3600)
            {
                result.AddError($"--interval: {seconds.ToString(CultureInfo.InvariantCulture)} s is outside (0, 3600]");
            }
        });
        var common = new CommonOptions();
        var command = new Command("watch", "Run as a service: re-check the folder whenever plans are added, edited or removed") { folder, outFolder, interval };
        command.Options.Add(common.Lang);
        command.Options.Add(common.RulesetFile);
        command.Options.Add(common.Catalogs);
        command.Options.Add(common.UnitFiles);
        command.SetAction(async (parse, cancellation) =>
        {
            var settings = common.Read(parse, [parse.GetValue(folder)!]);
            var options = new WatchOptions(parse.GetValue(folder)!, parse.GetValue(outFolder)!, TimeSpan.FromSeconds(parse.GetValue(interval)), settings);
            if (ServiceStartup.Prepare("watch", options.Validate(), settings) is not { } setup)
            {
                return ExitCodes.BadInput;
            }

            using var host = WatchHost.Build(options, setup);
            await host.RunAsync(cancellation).ConfigureAwait(false);
            return ExitCodes.Clean;
        });
        return command;
    }
}

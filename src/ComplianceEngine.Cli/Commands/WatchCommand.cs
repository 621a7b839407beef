using System.CommandLine;
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
        var interval = CommonOptions.Seconds("--interval", "Seconds between looks at the folder", 2, 3600);
        var common = new CommonOptions();
        var command = new Command("watch", "Run as a service: re-check the folder whenever plans are added, edited or removed") { folder, outFolder, interval };
        common.AddServiceOptionsTo(command, asOf: false);
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

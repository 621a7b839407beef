using System.CommandLine;
using ComplianceEngine.Cli.Serving;
using Microsoft.Extensions.Hosting;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance serve DIR</c>: the web page and the service that keeps the findings of a document folder current and remembers them.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Document folder to watch (YAML plans and .md/.txt/.docx documents)" };
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, ';'-separated (default: loopback only)", DefaultValueFactory = _ => ServeOptions.DefaultUrls };
        var state = new Option<string?>("--state") { Description = "SQLite state file: fingerprints, last findings, history (default: ~/.local/share/compliance/FOLDER-DIGEST.db)" };
        var rescan = CommonOptions.Seconds("--rescan", "Seconds between full rescans of the folder (the safety net for missed events)", 30, 86400);
        var outFolder = new Option<string?>("--out", "-o") { Description = "Also publish the folder's report.md/.json/.sarif here, as generations (OUT/current), as watch does" };
        var maxUpload = new Option<int>("--max-upload-mb") { Description = "Largest draft accepted for upload, in MB", DefaultValueFactory = _ => 10 };
        var common = new CommonOptions();
        var command = new Command("serve", "Run the web page and the service over a document folder: dashboard, plan pages, draft check, /api/check") { folder, urls, state, outFolder, rescan, maxUpload };
        common.AddServiceOptionsTo(command, asOf: true);
        command.SetAction(async (parse, cancellation) =>
        {
            var settings = common.Read(parse, [parse.GetValue(folder)!]);
            var dir = parse.GetValue(folder)!;
            var options = new ServeOptions(dir, parse.GetValue(urls)!, parse.GetValue(state) ?? ServeOptions.DefaultStateFile(dir), settings)
            {
                OutFolder = parse.GetValue(outFolder),
                Rescan = TimeSpan.FromSeconds(parse.GetValue(rescan)),
                MaxUploadBytes = parse.GetValue(maxUpload) * 1024L * 1024L,
            };
            var problems = options.Validate();
            if (parse.GetValue(maxUpload) <= 0)
            {
                problems = [.. problems, "--max-upload-mb must be positive"];
            }

            if (ServiceStartup.Prepare("serve", problems, settings) is not { } setup)
            {
                return ExitCodes.BadInput;
            }

            await using var app = ServeHost.Build(options, setup);
            try
            {
                await app.StartAsync(cancellation).ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                // The address is taken or cannot be bound: a usage problem, said in one line.
                Console.Error.WriteLine($"compliance serve: --urls {options.Urls}: {e.Message}");
                return ExitCodes.BadInput;
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}

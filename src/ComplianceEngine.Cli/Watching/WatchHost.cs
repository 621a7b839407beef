using System.Threading.Channels;
using ComplianceEngine.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Cli.Watching;

/// <summary>Builds the hosted service of <c>compliance watch</c>: a poller feeding a bounded channel, and a report refresher.</summary>
internal static class WatchHost
{
    public static IHost Build(WatchOptions options, AuditSetup setup, Action<ILoggingBuilder>? logging = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        else
        {
            logging(builder.Logging);
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(setup);
        builder.Services.AddSingleton(Channel.CreateBounded<RefreshRequest>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = true,
        }));
        builder.Services.AddHostedService<FolderPoller>();
        builder.Services.AddHostedService<ReportRefresher>();
        return builder.Build();
    }
}

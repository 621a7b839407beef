using System.Collections.Concurrent;
using System.Text;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Core.Reporting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Cli.Serving;

/// <summary>
/// Builds the <c>compliance serve</c> application: ASP.NET Core (shared framework) with the folder watcher as a hosted
/// service. Endpoints: the dashboard <c>/</c>, a plan's page <c>/plan/{id}</c>, the draft form <c>/draft</c> (antiforgery),
/// <c>POST /api/check</c> (multipart, JSON report), <c>/api/status</c>, <c>/healthz</c> (200 once the first scan is done).
/// </summary>
internal static class ServeHost
{
    public static WebApplication Build(ServeOptions options, AuditSetup setup, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning); // one line per request is the proxy's job
        if (logging is not null)
        {
            logging(builder.Logging);
        }
        else if (Console.IsOutputRedirected)
        {
            builder.Logging.AddJsonConsole(); // a service manager's journal reads one JSON object per line
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.WebHost.UseUrls(options.Urls);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes + (64 * 1024));
        builder.Services.AddAntiforgery();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(setup);
        builder.Services.AddSingleton(_ => new StateStore(options.StateFile));
        builder.Services.AddSingleton<FolderState>();
        builder.Services.AddSingleton<DraftChecker>();
        builder.Services.AddSingleton<DraftCache>();
        builder.Services.AddSingleton<GenerationPublisher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<GenerationPublisher>());
        builder.Services.AddHostedService<FolderWatcher>();

        var app = builder.Build();
        app.UseAntiforgery();
        Map(app, options);
        return app;
    }

    private static void Map(WebApplication app, ServeOptions options)
    {
        app.MapGet("/healthz", (FolderState state) => state.Ready ? Results.Text("ok\n") : Results.Text("starting\n", statusCode: 503));

        app.MapGet("/api/status", (FolderState state) => Results.Json(new
        {
            ready = state.Ready,
            plans = state.View.Plans.Count,
            brokenFiles = state.View.BrokenFiles.Count,
            suspect = state.View.Plans.Count(p => p.Suspect),
            reusedAtStart = state.Counters.ReusedAtStart,
            plansChecked = state.Counters.PlansChecked,
            batches = state.Counters.Batches,
        }));

        app.MapPost("/api/check", async (HttpRequest request, DraftChecker checker) =>
        {
            var (upload, error) = await ReadUpload(request, options).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            var result = checker.Check(upload!.Bytes, upload.Name, upload.Parent);
            var text = new StringWriter();
            new JsonReportWriter().Write(result.Report, LanguageOf(request), text);
            return Results.Text(text.ToString(), "application/json; charset=utf-8");
        }).DisableAntiforgery();

        app.MapGet("/", (HttpRequest request, FolderState state, string? level, string? unit) =>
            Page(PageRenderer.Dashboard(state, LanguageOf(request), level, unit)));

        app.MapGet("/plan/{id}", (HttpRequest request, FolderState state, string id) =>
            PageRenderer.Plan(state, LanguageOf(request), id) is { } html ? Page(html) : Results.NotFound());

        app.MapGet("/draft", (HttpContext context, FolderState state, IAntiforgery antiforgery) =>
            Page(PageRenderer.DraftForm(state, LanguageOf(context.Request), antiforgery.GetAndStoreTokens(context), null)));

        // The form: the same check as the API, validated by the antiforgery token of the page it came from.
        app.MapPost("/draft", async (HttpContext context, FolderState state, DraftChecker checker, DraftCache cache, IAntiforgery antiforgery) =>
        {
            var language = LanguageOf(context.Request);
            if (context.Request.ContentLength > options.MaxUploadBytes + (64 * 1024))
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            try
            {
                await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.BadRequest("antiforgery token missing or invalid: reload the form");
            }

            var (upload, error) = await ReadUpload(context.Request, options).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            var result = checker.Check(upload!.Bytes, upload.Name, upload.Parent);
            var token = cache.Add(result);
            return Page(PageRenderer.DraftForm(state, language, antiforgery.GetAndStoreTokens(context), (token, result)));
        });

        app.MapGet("/draft/{token}/report.{format}", (HttpRequest request, DraftCache cache, string token, string format) =>
        {
            if (cache.Get(token) is not { } result)
            {
                return Results.NotFound();
            }

            if (format == "docx")
            {
                var docx = new MemoryStream();
                new DocxReportWriter().Write(result.Report, LanguageOf(request), docx);
                return Results.File(docx.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "bao-cao.docx");
            }

            var (writer, type) = format switch
            {
                "json" => ((IReportWriter)new JsonReportWriter(), "application/json; charset=utf-8"),
                "md" => (new MarkdownReportWriter(), "text/markdown; charset=utf-8"),
                _ => ((IReportWriter?)null, string.Empty),
            };
            if (writer is null)
            {
                return Results.NotFound();
            }

            var text = new StringWriter { NewLine = "\n" };
            writer.Write(result.Report, LanguageOf(request), text);
            return Results.File(Encoding.UTF8.GetBytes(text.ToString()), type, "bao-cao." + format);
        });
    }

    private sealed record Upload(byte[] Bytes, string Name, string? Parent);

    // Reads the multipart field `file` (and `parent`): 413 above the size limit, 415 when the bytes are not the kind the name says.
    private static async Task<(Upload? Upload, IResult? Error)> ReadUpload(HttpRequest request, ServeOptions options)
    {
        if (request.ContentLength > options.MaxUploadBytes + (64 * 1024))
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (!request.HasFormContentType)
        {
            return (null, Results.StatusCode(StatusCodes.Status415UnsupportedMediaType));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is Microsoft.AspNetCore.Http.BadHttpRequestException or InvalidDataException)
        {
            return (null, Results.StatusCode(e is Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: 413 } || e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest));
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return (null, Results.BadRequest("multipart field 'file' is missing"));
        }

        if (file.Length > options.MaxUploadBytes)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes).ConfigureAwait(false);
        }

        var extension = Path.GetExtension(file.FileName ?? string.Empty).ToLowerInvariant();
        if (DraftChecker.Sniff(file.FileName ?? string.Empty, bytes) != UploadProblem.None)
        {
            return (null, Results.StatusCode(StatusCodes.Status415UnsupportedMediaType));
        }

        return (new Upload(bytes, DraftChecker.ShownName(file.FileName, extension), form["parent"].FirstOrDefault()), null);
    }

    private static Language LanguageOf(HttpRequest request) => request.Query["lang"] == "en" ? Language.En : Language.Vi;

    private static IResult Page(string html) => Results.Content(html, "text/html; charset=utf-8");
}

/// <summary>The last draft reports, kept in memory for their download links (never on disk).</summary>
internal sealed class DraftCache
{
    private const int Capacity = 50;
    private readonly ConcurrentDictionary<string, DraftResult> results = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    public string Add(DraftResult result)
    {
        var token = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        results[token] = result;
        order.Enqueue(token);
        while (order.Count > Capacity && order.TryDequeue(out var old))
        {
            results.TryRemove(old, out _);
        }

        return token;
    }

    public DraftResult? Get(string token) => results.GetValueOrDefault(token);
}

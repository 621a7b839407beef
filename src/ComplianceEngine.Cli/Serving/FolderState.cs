using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Rules;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Cli.Serving;

/// <summary>A file of the watched folder as last read: its fingerprint (SHA-256), and the plan or the input error it gave.</summary>
internal sealed record FileEntry(string FullPath, string Display, string Fingerprint, Plan? Plan, InputError? Error, IReadOnlyList<string> Lines)
{
    /// <summary>The id the file gives its plan by itself (a document: its file name), before same-named files are told apart.</summary>
    public string? NamedId { get; init; } = Plan?.Id;
}

/// <summary>A plan as the page shows it: what was last stored for it, and whether its parent changed since.</summary>
internal sealed record PlanView(PlanRecord Record, string Level, string Title, string? Number, string Issuer, string? ParentId, bool Suspect);

/// <summary>What the page reads, replaced whole after every re-check (readers never lock).</summary>
internal sealed record StateView(IReadOnlyList<PlanView> Plans, IReadOnlyList<FileEntry> BrokenFiles, IReadOnlyDictionary<string, FileEntry> FilesByPlan)
{
    public static readonly StateView Empty = new([], [], new Dictionary<string, FileEntry>());
}

/// <summary>Counts the service exposes (<c>/api/status</c>), for operators and tests.</summary>
internal sealed class ServiceCounters
{
    /// <summary>Plans whose stored findings were kept at start because neither they nor their parent changed.</summary>
    public int ReusedAtStart { get; set; }

    /// <summary>Plans checked by the rules since start (a plan checked twice counts twice).</summary>
    public int PlansChecked { get; set; }

    /// <summary>Re-checks run since start.</summary>
    public int Batches { get; set; }
}

/// <summary>
/// The service's knowledge of the watched folder: every plan file read and fingerprinted, the plans in memory (the
/// warm context of the draft check), the findings stored in <see cref="StateStore"/>. A change re-checks only what it
/// affects: the changed plans and their parents (whose coverage matrix reads the children), evaluated with their
/// ancestors and children as context. Their children become suspect — "the parent changed since the last check" —
/// and are returned to be re-checked next (<see cref="Outcome.Suspects"/>). All methods that change the state are
/// called by one worker; the page reads <see cref="View"/>, an immutable snapshot.
/// </summary>
internal sealed partial class FolderState(ServeOptions options, AuditSetup setup, StateStore store, ILogger<FolderState> logger)
{
    private readonly Dictionary<string, FileEntry> files = new(StringComparer.Ordinal);
    private Dictionary<string, PlanRecord> records = new(StringComparer.Ordinal);
    private PlanIndex index = PlanIndex.Build([]);
    private volatile StateView view = StateView.Empty;
    private volatile IReadOnlyList<Plan> plans = [];
    private HashSet<string> lastChecked = [];
    private Dictionary<string, FileEntry> fileByPlan = new(StringComparer.Ordinal);

    /// <summary>What a batch did: files that could not be read yet (locked, being written) and suspect children to re-check.</summary>
    public sealed record Outcome(IReadOnlyList<string> Retry, IReadOnlyList<string> Suspects);

    /// <summary>Whether the first scan is done.</summary>
    public bool Ready { get; private set; }

    /// <summary>Counters for the status endpoint.</summary>
    public ServiceCounters Counters { get; } = new();

    /// <summary>Goes up each time the snapshot is replaced (a re-check, a file read), so that a reader can tell it changed.</summary>
    public int Version { get; private set; }

    /// <summary>The current snapshot for the page.</summary>
    public StateView View => view;

    /// <summary>The plans in memory (the draft check's context).</summary>
    public IReadOnlyList<Plan> Plans => plans;

    /// <summary>The settings the stored findings depend on: rules and engine builds, ruleset, catalogues, unit files, the as-of day.</summary>
    public string SettingsKey()
    {
        var text = new StringBuilder();
        text.Append(typeof(RuleAssembly).Assembly.ManifestModule.ModuleVersionId).Append('|').Append(typeof(Plan).Assembly.ManifestModule.ModuleVersionId)
            .Append('|').Append(options.Settings.AsOf.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var file in new[] { options.Settings.RulesetFile }.Concat(options.Settings.CatalogFiles).Concat(options.Settings.UnitFiles))
        {
            text.Append('|').Append(file is null ? "-" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The first scan: reads every file, keeps the stored findings of plans that did not change (nor did their
    /// parent), re-checks the others. Returns the suspect children to re-check next.
    /// </summary>
    public Outcome Start()
    {
        var key = SettingsKey();
        var sameSettings = store.SettingsKey == key;
        records = store.LoadPlans();
        var errors = new List<InputError>();
        var retry = new List<string>();
        foreach (var path in PlanLoader.ScanFolder(options.Folder, [], errors))
        {
            if (Read(Path.GetFullPath(path)) is { } entry)
            {
                files[entry.FullPath] = entry;
            }
            else
            {
                retry.Add(Path.GetFullPath(path));
            }
        }

        var present = Rebuild();
        var changed = present.Where(p => !sameSettings || !records.TryGetValue(p.Id, out var r) || r.Fingerprint != FingerprintOf(p.Id)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var removed = records.Keys.Where(id => index.ById(id) is null).ToList();
        var outcome = Recheck(changed, removed, index);
        Counters.ReusedAtStart = present.Count(p => !lastChecked.Contains(p.Id) && !IsSuspect(p.Id));
        store.SettingsKey = key;
        Ready = true;
        LogStarted(logger, present.Count, Counters.ReusedAtStart, changed.Count, view.BrokenFiles.Count);
        return outcome with { Retry = retry, Suspects = outcome.Suspects.Concat(present.Where(p => IsSuspect(p.Id) && !changed.Contains(p.Id)).Select(p => FileOf(p.Id)!)).Distinct().ToList() };
    }

    /// <summary>
    /// Re-reads <paramref name="paths"/> (files or folders; gone ones are removed) and re-checks what changed. With
    /// <paramref name="force"/>, the plans of these paths are re-checked even when their files did not change (suspects).
    /// </summary>
    public Outcome Apply(IReadOnlyCollection<string> paths, bool force = false)
    {
        var before = index;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var changedPaths = new HashSet<string>(StringComparer.Ordinal);
        var idsBefore = files.Where(f => f.Value.Plan is not null).ToDictionary(f => f.Key, f => f.Value.Plan!.Id, StringComparer.Ordinal);
        var removed = new List<string>();
        var retry = new List<string>();
        var touched = false;
        foreach (var path in Expand(paths))
        {
            files.TryGetValue(path, out var old);
            if (!File.Exists(path) || !IsWatched(path))
            {
                if (old is not null)
                {
                    touched = true;
                    files.Remove(path);
                    removed.AddRange(old.Plan is { } p ? [p.Id] : []);
                }

                continue;
            }

            var entry = Read(path);
            if (entry is null)
            {
                retry.Add(path); // locked or vanished mid-read: tried again after the debounce
                continue;
            }

            if (old is not null && old.Fingerprint == entry.Fingerprint && !force)
            {
                continue;
            }

            files[path] = entry;
            touched = true;
            if (old?.Plan is { } oldPlan && oldPlan.Id != entry.Plan?.Id)
            {
                removed.Add(oldPlan.Id);
            }

            if (entry.Plan is not null)
            {
                changedPaths.Add(path);
            }
        }

        if (!touched && !force)
        {
            return new Outcome(retry, []);
        }

        // A file refused for an id another file held is read again once a plan went: the id may be free now.
        foreach (var waiting in files.Values.Where(f => f.Error?.Code == "duplicate-plan-id" && removed.Count > 0).ToList())
        {
            if (Read(waiting.FullPath) is { Plan: not null } again)
            {
                files[waiting.FullPath] = again;
                changedPaths.Add(waiting.FullPath);
            }
        }

        var present = Rebuild();

        // Plans changed by their files, and plans whose id changed because a file of the same name came or went.
        foreach (var (path, entry) in files)
        {
            if (entry.Plan is not { } plan)
            {
                continue;
            }

            var idBefore = idsBefore.GetValueOrDefault(path);
            if (changedPaths.Contains(path) || (idBefore is not null && idBefore != plan.Id))
            {
                changed.Add(plan.Id);
            }

            if (idBefore is not null && idBefore != plan.Id)
            {
                removed.Add(idBefore);
            }
        }

        removed = removed.Where(id => index.ById(id) is null).Distinct().ToList();
        changed.IntersectWith(present.Select(p => p.Id));
        var outcome = Recheck(changed, removed, before, addParents: !force);
        return outcome with { Retry = retry };
    }

    /// <summary>The files whose fingerprint on disk differs from what is known, and the known files that are gone (the periodic rescan).</summary>
    public IReadOnlyList<string> ChangedOnDisk()
    {
        var onDisk = PlanLoader.ScanFolder(options.Folder).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var result = files.Keys.Where(k => !onDisk.Contains(k)).ToList();
        foreach (var path in onDisk)
        {
            if (!files.TryGetValue(path, out var known) || Fingerprint(path) is not { } fp || fp != known.Fingerprint)
            {
                result.Add(path);
            }
        }

        return result;
    }

    /// <summary>The stored history of a plan, newest first.</summary>
    public IReadOnlyList<HistoryEntry> History(string planId)
    {
        lock (store)
        {
            return store.History(planId);
        }
    }

    private Outcome Recheck(IReadOnlySet<string> changed, IReadOnlyList<string> removed, PlanIndex before, bool addParents = true)
    {
        // What a change affects: the plan itself, and its parents before and after (their coverage matrix and the
        // cascade's summary read it). Children are not re-checked here: they become suspect and are re-checked next.
        var affected = new HashSet<string>(changed, StringComparer.Ordinal);
        foreach (var id in changed.Concat(removed))
        {
            if (addParents)
            {
                foreach (var parent in new[] { ParentId(before, id), ParentId(index, id) })
                {
                    if (parent is not null && index.ById(parent) is not null)
                    {
                        affected.Add(parent);
                    }
                }
            }

            // Children of a removed plan are re-checked at once: their parent is gone, not changed.
            if (removed.Contains(id))
            {
                foreach (var child in before.ById(id) is { } gone ? before.ChildLinks(gone).Select(l => l.Child.Id) : [])
                {
                    if (index.ById(child) is not null)
                    {
                        affected.Add(child);
                    }
                }
            }
        }

        lock (store)
        {
            store.Remove(removed);
        }

        foreach (var id in removed)
        {
            records.Remove(id);
        }

        if (affected.Count > 0)
        {
            Check(affected);
        }

        PublishView();
        var suspects = changed.SelectMany(id => index.ById(id) is { } p ? index.ChildLinks(p).Select(l => l.Child.Id) : [])
            .Where(c => !affected.Contains(c) && IsSuspect(c)).Select(FileOf).OfType<string>().Distinct().ToList();
        return new Outcome([], suspects);
    }

    // Evaluates the affected plans with their ancestors (parents, cited documents) and children (coverage) as context,
    // and stores the findings of the affected ones.
    private void Check(HashSet<string> affected)
    {
        var context = new Dictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var id in affected)
        {
            var plan = index.ById(id)!;
            context[id] = plan;
            for (var p = index.ParentLink(plan)?.Parent; p is not null && !context.ContainsKey(p.Id); p = index.ParentLink(p)?.Parent)
            {
                context[p.Id] = p;
            }

            foreach (var link in index.ChildLinks(plan))
            {
                context[link.Child.Id] = link.Child;
            }
        }

        var evaluated = context.Values.ToList();
        var reported = affected.Concat(affected.SelectMany(id => index.ChildLinks(index.ById(id)!).Select(l => l.Child.Id))).ToHashSet(StringComparer.Ordinal);

        // The other plans of the folder are known documents for citations, as in a whole-folder audit.
        var others = plans.Where(p => !context.ContainsKey(p.Id)).ToList();
        var legal = setup.Legal?.WithPlans(others);
        var evaluation = new RuleEngine(RuleAssembly.Catalog, setup.Ruleset, new EngineOptions(options.Settings.AsOf) { Catalog = legal, Units = setup.Units }).Evaluate(evaluated);
        var report = Report.From(evaluation, [], reported, r => RuleAssembly.Trace(r, evaluation, setup.Ruleset, setup.Units));
        var vi = SplitByPlan(report, Language.Vi);
        var en = SplitByPlan(report, Language.En);
        var now = DateTimeOffset.UtcNow;
        var saved = new List<(PlanRecord, IReadOnlyList<string>)>();
        foreach (var id in affected)
        {
            var plan = index.ById(id)!;
            var parent = index.ParentLink(plan)?.Parent;
            var findings = report.Findings.Where(f => f.PlanId == id).ToList();
            var counts = Counts.Of(findings, []);
            var record = new PlanRecord(id, files[FileOf(id)!].Display, FingerprintOf(id)!, parent?.Id, parent is null ? null : FingerprintOf(parent.Id), now,
                counts.Errors, counts.Warnings, counts.Infos, vi[id], en[id]);
            records[id] = record;
            saved.Add((record, findings.Select(f => $"{f.Rule.Id} {f.Subject.Kind}:{f.Subject.Id}").Distinct().Order(StringComparer.Ordinal).ToList()));
        }

        lock (store)
        {
            store.Save(saved);
        }

        lastChecked = affected;
        Counters.PlansChecked += affected.Count;
        Counters.Batches++;
        LogChecked(logger, affected.Count, evaluated.Count, string.Join(", ", affected.Order(StringComparer.Ordinal)));
    }

    // The report of a re-check cut into one JSON object per plan, in the shape of the JSON contract: the plan, its
    // findings and waived findings, and the coverage rows where it is the parent or the child.
    private static Dictionary<string, string> SplitByPlan(Report report, Language language)
    {
        var text = new StringWriter();
        new JsonReportWriter().Write(report, language, text);
        using var doc = JsonDocument.Parse(text.ToString());
        var root = doc.RootElement;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var plan in root.GetProperty("plans").EnumerateArray())
        {
            var id = plan.GetProperty("id").GetString()!;
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("format", "compliance-report/1");
                json.WriteString("lang", language == Language.En ? "en" : "vi");
                json.WriteStartArray("plans");
                plan.WriteTo(json);
                json.WriteEndArray();
                WriteWhere(json, root, "findings", e => e.GetProperty("planId").GetString() == id);
                WriteWhere(json, root, "waived", e => e.GetProperty("planId").GetString() == id);
                WriteWhere(json, root, "coverage", e => e.GetProperty("parent").GetString() == id || e.GetProperty("child").GetString() == id);
                json.WriteStartArray("inputErrors");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            result[id] = Encoding.UTF8.GetString(stream.ToArray());
        }

        return result;
    }

    private static void WriteWhere(Utf8JsonWriter json, JsonElement root, string name, Func<JsonElement, bool> keep)
    {
        json.WriteStartArray(name);
        if (root.TryGetProperty(name, out var items))
        {
            foreach (var item in items.EnumerateArray().Where(keep))
            {
                item.WriteTo(json);
            }
        }

        json.WriteEndArray();
    }

    // Plans in memory and their index, from the files read. Documents take their ids as a folder load gives them
    // (PlanLoader.UniqueIds: the file name, or the end of the path that tells same-named files apart, as
    // "so-y-te/ke-hoach-2026" beside "bv-a/ke-hoach-2026"); a second YAML plan naming an id already taken is an input error.
    private List<Plan> Rebuild()
    {
        var keys = files.Keys.Order(StringComparer.Ordinal).Where(k => files[k].Plan is not null || files[k].NamedId is not null).ToList();
        var named = keys.Select(k => (Id: files[k].NamedId ?? files[k].Plan!.Id, files[k].Display, IsYaml: PlanLoader.YamlExtensions.Contains(Path.GetExtension(k)))).ToList();
        var ids = PlanLoader.UniqueIds(named);
        var byId = new Dictionary<string, FileEntry>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var entry = files[key];
            if (entry.NamedId is not null && entry.Error?.Code == "duplicate-plan-id")
            {
                continue; // refused already; read again once the id is free
            }

            if (entry.Plan is not { } plan)
            {
                continue;
            }

            if (plan.Id != ids[i])
            {
                plan = plan with { Id = ids[i] };
                entry = files[key] = entry with { Plan = plan };
            }

            if (byId.TryGetValue(plan.Id, out var first))
            {
                files[key] = entry with { Plan = null, Error = InputError.At(plan.Location, "duplicate-plan-id", ("id", plan.Id), ("first", first.Display)) };
                continue;
            }

            byId[plan.Id] = entry;
        }

        var present = byId.Values.Select(e => e.Plan!).ToList();
        fileByPlan = byId;
        index = PlanIndex.Build(present);
        plans = present;
        return present;
    }

    private void PublishView()
    {
        var planViews = new List<PlanView>();
        var filesByPlan = new Dictionary<string, FileEntry>(StringComparer.Ordinal);
        foreach (var plan in index.Plans)
        {
            filesByPlan[plan.Id] = files[FileOf(plan.Id)!];
            if (records.TryGetValue(plan.Id, out var record))
            {
                planViews.Add(new PlanView(record, plan.Level.ToString().ToLowerInvariant(), plan.Title, plan.Number?.Value, plan.Issuer.Value,
                    index.ParentLink(plan)?.Parent.Id, IsSuspect(plan.Id)));
            }
        }

        var broken = files.Values.Where(f => f.Error is not null).OrderBy(f => f.Display, StringComparer.Ordinal).ToList();
        view = new StateView(planViews, broken, filesByPlan);
        Version++;
    }

    private bool IsSuspect(string id)
    {
        if (!records.TryGetValue(id, out var record) || index.ById(id) is not { } plan)
        {
            return false;
        }

        var parent = index.ParentLink(plan)?.Parent;
        return record.ParentId != parent?.Id || (parent is not null && record.ParentFingerprint != FingerprintOf(parent.Id));
    }

    private static string? ParentId(PlanIndex on, string id) => on.ById(id) is { } plan ? on.ParentLink(plan)?.Parent.Id : null;

    private string? FileOf(string planId) => fileByPlan.GetValueOrDefault(planId)?.FullPath;

    private string? FingerprintOf(string planId) => fileByPlan.GetValueOrDefault(planId)?.Fingerprint;

    // Folders named by an event stand for every file under them, known or on disk (a folder renamed or deleted).
    private IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            var prefix = Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar;
            foreach (var known in files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                result.Add(known);
            }

            if (Directory.Exists(path))
            {
                foreach (var file in PlanLoader.ScanFolder(path))
                {
                    result.Add(Path.GetFullPath(file));
                }
            }
            else
            {
                result.Add(path);
            }
        }

        return result;
    }

    // A plan file inside the folder, not hidden (no part of its path below the folder starts with '.').
    private bool IsWatched(string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(options.Folder), path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && PlanLoader.IsPlanFile(path)
            && !relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
    }

    // Reads and fingerprints a file and loads its plan; null when it cannot be read now (locked, gone mid-read).
    private FileEntry? Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var display = PlanLoader.DisplayPath(path, options.Folder);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var lines = PlanLoader.DocumentLines(bytes, path);
        if (PlanLoader.YamlExtensions.Contains(Path.GetExtension(path)) && !PlanLoader.IsPlanYaml(Encoding.UTF8.GetString(bytes)))
        {
            return new FileEntry(path, display, fingerprint, null, null, lines); // an answer key, a ruleset: not a plan
        }

        (Plan? plan, InputError? error) read;
        try
        {
            read = PlanLoader.ReadBytes(bytes, path, display);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or ArgumentException)
        {
            // Whatever a broken file throws, it is one error entry; the service goes on.
            read = (null, InputError.At(SourceLocation.FileOnly(display), "unreadable", ("reason", e.Message)));
        }

        if (read.error is { } error)
        {
            LogBroken(logger, error.Location.File, error.Location.Line, error.Location.Column, TextTable.InputErrors.Get(error.Code, Language.En, error.Args));
        }

        return new FileEntry(path, display, fingerprint, read.plan, read.error, lines);
    }

    private static string? Fingerprint(string path)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "First scan done: {Plans} plans, {Reused} kept from the state file, {Checked} checked, {Broken} unreadable files")]
    private static partial void LogStarted(ILogger logger, int plans, int reused, int @checked, int broken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-checked {Affected} plans ({Evaluated} evaluated with context): {Ids}")]
    private static partial void LogChecked(ILogger logger, int affected, int evaluated, string ids);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable plan {File}:{Line}:{Column}: {Message}")]
    private static partial void LogBroken(ILogger logger, string file, int line, int column, string message);
}

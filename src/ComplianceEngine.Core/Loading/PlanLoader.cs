using System.Text.RegularExpressions;
using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Loading;

/// <summary>Plans loaded from files and folders, and the input errors of those that could not be.</summary>
public sealed record LoadResult(IReadOnlyList<Plan> Plans, IReadOnlyList<InputError> Errors)
{
    /// <summary>Plans loaded as context only (the parents named by <c>check --parent</c>): evaluated, not reported on.</summary>
    public IReadOnlyList<Plan> Context { get; init; } = [];

    /// <summary>
    /// Files a folder scan passed over, with why (a YAML file that is not a plan, a symbolic link back into the scan):
    /// information for the user, not errors.
    /// </summary>
    public IReadOnlyList<InputError> Skipped { get; init; } = [];

    /// <summary>
    /// How many entries folder scans passed over, by reason: <c>hidden</c> (files and folders whose name starts with a
    /// dot), <c>not-a-plan</c> (files of other kinds: .pdf, README.md, lock files), <c>not-a-plan-yaml</c>,
    /// <c>not-a-plan-document</c> (a .md/.txt/.docx in which the importer found nothing of a plan, <see cref="IsNoPlan"/>),
    /// <c>folder-seen</c> (a link back into the scan), <c>ignored</c> (an ignore pattern). Reasons with none are absent.
    /// </summary>
    public IReadOnlyDictionary<string, int> SkippedCounts { get; init; } = new Dictionary<string, int>();
}

/// <summary>
/// Loads plans from files and folders: structured YAML plans, and the documents people write (.md, .txt, .docx),
/// which are imported. A folder is searched recursively for plan files in a stable order (README.md and *.README.md
/// are not plans, hidden files and folders are not read, a symbolic link back into the scan is not followed, a YAML
/// file that is not a plan is skipped with a note); a broken file becomes an <see cref="InputError"/> and the others
/// are still loaded. Every plan gets an id unique in the run: a YAML plan keeps its own; a document's id is its file
/// name, or, when several documents share that name, the shortest end of their paths that tells them apart
/// ("so-y-te/ke-hoach-2026" and "bv-a/ke-hoach-2026").
/// </summary>
public static partial class PlanLoader
{
    /// <summary>File extensions read as structured plans.</summary>
    public static readonly IReadOnlySet<string> YamlExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".yaml", ".yml" };

    /// <summary>File extensions read as documents and imported (Markdown or plain text, Word).</summary>
    public static readonly IReadOnlySet<string> DocumentExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".txt", ".docx" };

    [GeneratedRegex(@"^format[ \t]*:[ \t]*(.*)$", RegexOptions.Multiline)]
    private static partial Regex FormatLine();

    [GeneratedRegex(@"^['""]?compliance-plan/")]
    private static partial Regex PlanFormat();

    [GeneratedRegex(@"^id[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"^title[ \t]*:", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    /// <summary>Loads every plan named by <paramref name="paths"/> (files or folders).</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="displayRoot">Folder that shown paths are relative to; the working folder when null.</param>
    public static LoadResult Load(IEnumerable<string> paths, string? displayRoot = null) => Load(paths, [], displayRoot);

    /// <summary>Loads every plan named by <paramref name="paths"/>, held to <paramref name="limits"/>.</summary>
    public static LoadResult Load(IEnumerable<string> paths, InputLimits limits, string? displayRoot = null) => Load(paths, [], displayRoot, null, null, limits);

    /// <summary>
    /// Loads the plans of <paramref name="paths"/> (reported on) and of <paramref name="context"/> (parents only, in
    /// <see cref="LoadResult.Context"/>), with ids unique across both. A file named in both is loaded once, as a plan
    /// reported on; a context YAML plan with the id of a YAML plan reported on is the same plan in another version and
    /// is left out; documents are never left out for their name.
    /// </summary>
    public static LoadResult Load(IEnumerable<string> paths, IEnumerable<string> context, string? displayRoot = null) =>
        Load(paths, context, displayRoot, null);

    /// <summary>As <see cref="Load(IEnumerable{string}, IEnumerable{string}, string?)"/>, telling <paramref name="progress"/> how far it has come.</summary>
    /// <param name="paths">Files or folders reported on.</param>
    /// <param name="context">Files or folders of parents only.</param>
    /// <param name="displayRoot">Folder that shown paths are relative to; the working folder when null.</param>
    /// <param name="progress">Told how many files there are and each one read; none when null.</param>
    /// <param name="ignored">Whether a folder scan leaves out an entry (full path, is a folder): the user's ignore patterns.</param>
    /// <param name="limits">The limits every file is held to (<see cref="InputLimits.Default"/> when null).</param>
    public static LoadResult Load(IEnumerable<string> paths, IEnumerable<string> context, string? displayRoot, ILoadProgress? progress, Func<string, bool, bool>? ignored = null, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        var overLimit = false;
        var errors = new List<InputError>();
        var skipped = new List<InputError>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = new List<(string File, bool IsContext)>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var scanned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (list, isContext) in new[] { (paths, false), (context, true) })
        {
            foreach (var file in Expand(list, errors, skipped, counts, ignored, scanned, limits))
            {
                if (files.Count >= limits.MaxFiles)
                {
                    overLimit = true;
                    break;
                }

                if (seenFiles.Add(Path.GetFullPath(file)))
                {
                    files.Add((file, isContext));
                }
            }
        }

        if (overLimit)
        {
            // The first files, in their stable order, are still checked; the run says it stopped reading.
            errors.Add(InputError.At(SourceLocation.FileOnly(DisplayPath(files[^1].File, displayRoot)), "limit-exceeded", ("limit", "max_files"),
                ("value", limits.MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("found", "> " + limits.MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        // Files are read and imported on all cores (each is independent), then taken in scan order, so that ids, errors
        // and everything after them do not depend on which file finished first.
        progress?.Started(files.Count);
        var results = new (Loaded? Loaded, InputError? Error, InputError? Skipped)[files.Count];
        var notices = new List<InputError>[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (file, isContext) = files[i];
            var display = DisplayPath(file, displayRoot);
            try
            {
                notices[i] = [];
                var plan = LoadFile(file, display, limits, notices[i]);
                var isYaml = YamlExtensions.Contains(Path.GetExtension(file));

                // Notes, minutes, a letter found in the folder: said and counted, not reported on as a broken plan.
                results[i] = !isYaml && scanned.Contains(file) && IsNoPlan(plan)
                    ? (null, null, InputError.At(SourceLocation.FileOnly(display), "skipped-not-a-plan-document"))
                    : (new Loaded(plan, display, isContext, isYaml), null, null);
            }
            catch (InputErrorException e)
            {
                results[i] = (null, e.Error, null);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect met on one file is that file's error: the others are still loaded (and `watch` keeps running).
                results[i] = (null, InternalError(display, e), null);
            }

            progress?.FileLoaded(display);
        });

        skipped.AddRange(notices.Where(n => n is not null).SelectMany(n => n));
        var loaded = new List<Loaded>();
        foreach (var (plan, error, skip) in results)
        {
            if (error is not null)
            {
                errors.Add(error);
            }
            else if (skip is not null)
            {
                skipped.Add(skip);
                counts["not-a-plan-document"] = counts.GetValueOrDefault("not-a-plan-document") + 1;
            }
            else
            {
                loaded.Add(plan!);
            }
        }

        var kept = KeepUniqueYamlIds(loaded, errors);
        var plans = GiveDocumentsUniqueIds(kept);
        return new LoadResult(plans.Where(p => !p.IsContext).Select(p => p.Plan).ToList(), errors)
        {
            Context = plans.Where(p => p.IsContext).Select(p => p.Plan).ToList(),
            Skipped = skipped,
            SkippedCounts = counts,
        };
    }

    /// <summary>The input error of a file whose loading failed on a defect of ours, not on its content: named, with the exception's type.</summary>
    internal static InputError InternalError(string display, Exception e) =>
        InputError.At(SourceLocation.FileOnly(display), "internal-error-file", ("type", e.GetType().Name), ("reason", e.Message.Split('\n')[0]));

    /// <summary>Loads one plan file with the default limits; throws on bad input.</summary>
    internal static Plan LoadFile(string path, string display) => LoadFile(path, display, InputLimits.Default, null);

    /// <summary>
    /// Loads one plan file, held to <paramref name="limits"/> (type and size before it is opened or read, then nesting,
    /// line length, and the time it may take: <see cref="InputLimits.MaxDocumentSeconds"/>, through a cancellation token);
    /// throws on bad input. Information (the encoding a text was decoded from) goes to <paramref name="notices"/>.
    /// </summary>
    internal static Plan LoadFile(string path, string display, InputLimits limits, List<InputError>? notices)
    {
        var extension = Path.GetExtension(path);
        if (!YamlExtensions.Contains(extension) && !DocumentExtensions.Contains(extension))
        {
            throw new InputErrorException(InputError.At(SourceLocation.FileOnly(display), "unsupported-file", ("extension", extension)));
        }

        return LoadBytes(TextFileReader.ReadBytes(path, display, limits), path, display, limits, notices);
    }

    /// <summary>
    /// Reads a plan from the bytes of a file (a YAML plan, a .md/.txt document or a .docx); <paramref name="name"/> gives
    /// the kind (by its extension) and a document's id (by its file name) and is never opened. Bad input is an
    /// <see cref="InputError"/> reported at <paramref name="display"/>, never an exception.
    /// </summary>
    public static (Plan? Plan, InputError? Error) ReadBytes(byte[] bytes, string name, string display)
    {
        try
        {
            return (LoadBytes(bytes, name, display), null);
        }
        catch (InputErrorException e)
        {
            return (null, e.Error);
        }
    }

    /// <summary>As <see cref="ReadBytes"/>; throws <see cref="InputErrorException"/> on bad input.</summary>
    internal static Plan LoadBytes(byte[] bytes, string name, string display) => LoadBytes(bytes, name, display, InputLimits.Default, null);

    /// <summary>As <see cref="ReadBytes"/>, held to <paramref name="limits"/> and its time budget; throws <see cref="InputErrorException"/> on bad input.</summary>
    internal static Plan LoadBytes(byte[] bytes, string name, string display, InputLimits limits, List<InputError>? notices)
    {
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            throw InputLimits.Breach(SourceLocation.FileOnly(display), "max_file_mb", limits.Described().First().Value,
                (bytes.LongLength / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB");
        }

        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(limits.MaxDocumentSeconds));
        try
        {
            return LoadBytes(bytes, name, display, limits, notices, budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            throw InputLimits.Breach(SourceLocation.FileOnly(display), "max_document_seconds",
                limits.MaxDocumentSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), "stopped");
        }
    }

    private static Plan LoadBytes(byte[] bytes, string name, string display, InputLimits limits, List<InputError>? notices, CancellationToken cancel)
    {
        var extension = Path.GetExtension(name);
        if (string.Equals(extension, ".docx", StringComparison.OrdinalIgnoreCase))
        {
            // A Word file is a zip package: read as bytes, never through the text reader.
            try
            {
                return DocxPlanImporter.Import(bytes, display, MarkdownPlanImporter.PlanIdFromFileName(name), limits, cancel);
            }
            catch (InvalidDataException e)
            {
                throw new InputErrorException(InputError.At(new SourceLocation(display, 1, 1), "unreadable", ("reason", "not a Word document (.docx): " + e.Message)));
            }
        }

        var decoded = TextFileReader.Decode(bytes, display, limits);
        if (decoded.AssumedEncoding is { } encoding)
        {
            notices?.Add(InputError.At(SourceLocation.FileOnly(display), "decoded-as", ("encoding", encoding)));
        }

        cancel.ThrowIfCancellationRequested();
        if (YamlExtensions.Contains(extension))
        {
            return YamlPlanLoader.Parse(decoded.Text, display, limits);
        }

        if (DocumentExtensions.Contains(extension))
        {
            return MarkdownPlanImporter.Import(decoded.Text, display, MarkdownPlanImporter.PlanIdFromFileName(name), limits, cancel);
        }

        throw new InputErrorException(InputError.At(SourceLocation.FileOnly(display), "unsupported-file", ("extension", extension)));
    }

    /// <summary>
    /// The lines of a plan file as its findings number them (1-based: element 0 is line 1): a Word file's lines as the
    /// importer reads them, any other file's text lines. Empty when the bytes cannot be read as that kind.
    /// </summary>
    public static IReadOnlyList<string> DocumentLines(byte[] bytes, string name)
    {
        try
        {
            return string.Equals(Path.GetExtension(name), ".docx", StringComparison.OrdinalIgnoreCase)
                ? DocxPlanImporter.ReadLines(bytes, name).Lines.OrderBy(l => l.Number).Select(l => l.Text).ToList()
                : TextFileReader.Decode(bytes, name).Text.Split('\n');
        }
        catch (Exception e) when (e is InvalidDataException or InputErrorException)
        {
            return [];
        }
    }

    /// <summary>Path as shown in reports: relative to <paramref name="root"/> (the working folder by default), with forward slashes; absolute when outside it.</summary>
    public static string DisplayPath(string path, string? root = null) => InputPath.Display(path, root);

    /// <summary>
    /// The plan files of <paramref name="folder"/> and its subfolders, in ordinal order of their paths: YAML plans and
    /// documents (<see cref="IsPlanFile"/>). Hidden files and folders (.git, .github) are not read; a symbolic link to a
    /// folder already scanned is not followed; a YAML file that is not a plan (<see cref="IsPlanYaml"/>) is left out.
    /// What was left out for a reason the user may not expect is added to <paramref name="skipped"/>.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="skipped">Receives what was passed over (information).</param>
    /// <param name="errors">Receives the folders that could not be read (input errors).</param>
    /// <param name="counts">Receives how many entries were passed over, by reason (<see cref="LoadResult.SkippedCounts"/>).</param>
    /// <param name="ignored">Whether an entry (full path, is a folder) is left out by the user's ignore patterns.</param>
    public static IReadOnlyList<string> ScanFolder(string folder, List<InputError>? skipped = null, List<InputError>? errors = null,
        Dictionary<string, int>? counts = null, Func<string, bool, bool>? ignored = null, InputLimits? limits = null)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var root = new DirectoryInfo(folder);
        string real;
        try
        {
            real = root.LinkTarget is null ? root.FullName : root.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? root.FullName;
        }
        catch (IOException)
        {
            real = root.FullName;
        }

        Walk(new Scan(files, visited, skipped, errors) { Counts = counts, Ignored = ignored, Limits = limits ?? InputLimits.Default }, root, folder, real);
        return files.Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether a folder scan reads this file as a plan (YAML or a document; not README.md, hidden files or Word lock files).</summary>
    public static bool IsPlanFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
        {
            return false; // hidden files and Word's lock files
        }

        var extension = Path.GetExtension(path);
        return YamlExtensions.Contains(extension)
            || (DocumentExtensions.Contains(extension)
                && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase)
                && !name.EndsWith(".README.md", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the text of a YAML file found by a folder scan is a plan: it says so (<c>format: compliance-plan/…</c>),
    /// or it has no <c>format:</c> key and starts like a plan (top-level <c>id:</c> and <c>title:</c>). A file that
    /// cannot be told apart (empty) counts as a plan, so that loading it reports what is wrong. Another format
    /// (<c>format: ruleset/1</c>), an answer key or a CI workflow is not a plan.
    /// </summary>
    public static bool IsPlanYaml(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var format = FormatLine().Match(text);
        return format.Success
            ? PlanFormat().IsMatch(format.Groups[1].Value.Trim())
            : IdLine().IsMatch(text) && TitleLine().IsMatch(text);
    }

    private sealed record Scan(List<string> Files, HashSet<string> Visited, List<InputError>? Skipped, List<InputError>? Errors)
    {
        public Dictionary<string, int>? Counts { get; init; }

        public Func<string, bool, bool>? Ignored { get; init; }

        public InputLimits Limits { get; init; } = InputLimits.Default;

        public void Count(string reason)
        {
            if (Counts is not null)
            {
                Counts[reason] = Counts.GetValueOrDefault(reason) + 1;
            }
        }
    }

    private static void Walk(Scan scan, DirectoryInfo dir, string shown, string real)
    {
        if (!scan.Visited.Add(real))
        {
            scan.Skipped?.Add(InputError.At(SourceLocation.FileOnly(DisplayPath(shown)), "skipped-folder-seen"));
            scan.Count("folder-seen");
            return;
        }

        FileSystemInfo[] entries;
        try
        {
            entries = dir.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            scan.Errors?.Add(InputError.At(SourceLocation.FileOnly(DisplayPath(shown)), "unreadable", ("reason", e.Message)));
            return;
        }

        // Links last, so that a file reached both ways is read under its real path.
        foreach (var entry in entries.OrderBy(e => e.LinkTarget is not null).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.'))
            {
                scan.Count("hidden");
                continue; // hidden files and folders: .git, .github, editors' state
            }

            if (scan.Files.Count > scan.Limits.MaxFiles)
            {
                return; // enough to know the folder is over the limit
            }

            var path = Path.Combine(shown, entry.Name);
            if (scan.Ignored?.Invoke(entry.FullName, entry is DirectoryInfo) == true)
            {
                scan.Count("ignored");
                continue;
            }

            if (entry is DirectoryInfo sub)
            {
                string target;
                try
                {
                    // A link is followed to where it really leads; a folder met again (a loop) is not scanned twice.
                    target = sub.LinkTarget is null ? Path.Combine(real, sub.Name) : sub.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.Combine(real, sub.Name);
                }
                catch (IOException)
                {
                    scan.Skipped?.Add(InputError.At(SourceLocation.FileOnly(DisplayPath(path)), "skipped-folder-seen"));
                    continue;
                }

                if (IsUnder(real, target) || scan.Visited.Contains(target))
                {
                    scan.Skipped?.Add(InputError.At(SourceLocation.FileOnly(DisplayPath(path)), "skipped-folder-seen"));
                    scan.Count("folder-seen");
                    continue;
                }

                Walk(scan, sub, path, target);
            }
            else if (IsPlanFile(path))
            {
                if (YamlExtensions.Contains(Path.GetExtension(path)) && !IsPlanYamlFile(path, scan.Limits))
                {
                    scan.Skipped?.Add(InputError.At(SourceLocation.FileOnly(DisplayPath(path)), "skipped-not-a-plan"));
                    scan.Count("not-a-plan-yaml");
                    continue;
                }

                scan.Files.Add(path);
            }
            else
            {
                scan.Count("not-a-plan");
            }
        }
    }

    // A link to the folder itself or to one of the folders it sits in leads back into the scan.
    private static bool IsUnder(string folder, string target)
    {
        var f = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        var t = Path.TrimEndingDirectorySeparator(target) + Path.DirectorySeparatorChar;
        return f.StartsWith(t, StringComparison.Ordinal);
    }

    private static bool IsPlanYamlFile(string path, InputLimits limits)
    {
        try
        {
            // Only a regular file within the size limit is opened (a FIFO would block); loading it reports why not.
            return FileKind.Of(path) is not (null or "file") || new FileInfo(path).Length > limits.MaxFileBytes || IsPlanYaml(TextFileReader.Read(path, path, limits));
        }
        catch (InputErrorException)
        {
            return true; // unreadable: loading it reports why
        }
    }

    /// <summary>
    /// Whether an imported document found by a folder scan is no plan at all: the importer found none of a document
    /// type and title ("KẾ HOẠCH …"), a number, a basis or a task. A document named on the command line is always checked.
    /// </summary>
    public static bool IsNoPlan(Plan plan)
    {
        var missing = plan.ImportNotes.Select(n => n.Field).ToHashSet(StringComparer.Ordinal);
        return missing.Contains("title") && missing.Contains("number") && missing.Contains("legal-bases") && missing.Contains("tasks");
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths, List<InputError> errors, List<InputError> skipped, Dictionary<string, int> counts, Func<string, bool, bool>? ignored, HashSet<string> scanned, InputLimits limits)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = ScanFolder(path, skipped, errors, counts, ignored, limits);
                if (files.Count == 0)
                {
                    errors.Add(InputError.At(SourceLocation.FileOnly(DisplayPath(path)), "empty-folder"));
                }

                foreach (var f in files)
                {
                    scanned.Add(f);
                    yield return f;
                }
            }
            else if (File.Exists(path) || FileKind.Of(path) is not null)
            {
                yield return path; // a FIFO or a device named directly is refused when loaded, by its type
            }
            else
            {
                errors.Add(InputError.At(SourceLocation.FileOnly(path), "not-found"));
            }
        }
    }

    private sealed record Loaded(Plan Plan, string Display, bool IsContext, bool IsYaml);

    // YAML plans name themselves: two with one id reported on, or two in the context, are an error; a context plan with
    // the id of one reported on is its other version (the draft being checked replaces the issued plan).
    private static List<Loaded> KeepUniqueYamlIds(List<Loaded> loaded, List<InputError> errors)
    {
        var first = new Dictionary<string, Loaded>(StringComparer.Ordinal);
        var kept = new List<Loaded>();
        foreach (var l in loaded.OrderBy(l => l.IsContext))
        {
            if (!l.IsYaml)
            {
                kept.Add(l);
                continue;
            }

            if (first.TryGetValue(l.Plan.Id, out var other))
            {
                if (!(l.IsContext && !other.IsContext))
                {
                    errors.Add(InputError.At(l.Plan.Location, "duplicate-plan-id", ("id", l.Plan.Id), ("first", other.Display)));
                }

                continue;
            }

            first[l.Plan.Id] = l;
            kept.Add(l);
        }

        // Back to the order the files were read in.
        var keep = kept.ToHashSet(ReferenceEqualityComparer.Instance);
        return loaded.Where(keep.Contains).ToList();
    }

    // A document's id is its file name; documents that share one (with each other or with a YAML plan) take the
    // shortest end of their paths that tells them apart, all of them alike, so that no id depends on which came first.
    private static List<Loaded> GiveDocumentsUniqueIds(List<Loaded> loaded)
    {
        var ids = UniqueIds(loaded.Select(l => (l.Plan.Id, l.Display, l.IsYaml)).ToList());
        return loaded.Select((l, i) => ids[i] == l.Plan.Id ? l : l with { Plan = l.Plan with { Id = ids[i] } }).ToList();
    }

    /// <summary>
    /// The ids plans take in one folder: a YAML plan keeps the id it names; a document's id is its file name unless
    /// another document (or a YAML plan) has it too, then every one of them takes the shortest end of its path that
    /// tells them apart — alike for all, so that no id depends on which file came first. Given in the order of
    /// <paramref name="plans"/> (<c>Display</c>: the path shown, '/'-separated).
    /// </summary>
    public static IReadOnlyList<string> UniqueIds(IReadOnlyList<(string Id, string Display, bool IsYaml)> plans)
    {
        var taken = plans.Where(p => p.IsYaml).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var ids = plans.Select(p => p.Id).ToArray();
        foreach (var group in Enumerable.Range(0, plans.Count).Where(i => !plans[i].IsYaml).GroupBy(i => plans[i].Id, StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Count == 1 && !taken.Contains(group.Key))
            {
                continue;
            }

            var distinct = DistinctIds(members.Select(i => plans[i].Display).ToList(), group.Key, taken);
            for (var k = 0; k < members.Count; k++)
            {
                ids[members[k]] = distinct[k];
            }
        }

        return ids;
    }

    private static List<string> DistinctIds(List<string> displays, string name, HashSet<string> taken)
    {
        var folders = displays.Select(d => d.Split('/')[..^1].Select(PlanExtractor.Slug).ToArray()).ToList();
        var deepest = folders.Max(f => f.Length);
        for (var depth = 1; depth <= deepest; depth++)
        {
            var candidates = folders.Select(f => string.Join('/', f.TakeLast(depth).Append(name))).ToList();
            if (candidates.Distinct(StringComparer.Ordinal).Count() == candidates.Count && !candidates.Any(taken.Contains))
            {
                return candidates;
            }
        }

        // Same folders, same name once folded ("a/Kế hoạch.txt", "a/ke-hoach.md"): the whole path, with its extension.
        var whole = displays.Select(d => string.Join('/', d.Split('/').Select(PlanExtractor.Slug))).ToList();
        var ids = new List<string>();
        foreach (var w in whole)
        {
            var id = w;
            for (var n = 2; ids.Contains(id, StringComparer.Ordinal) || taken.Contains(id); n++)
            {
                id = $"{w}-{n}";
            }

            ids.Add(id);
        }

        return ids;
    }
}

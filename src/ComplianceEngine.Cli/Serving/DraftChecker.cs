using System.IO.Compression;
using System.Text;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Serving;

/// <summary>Why an upload is refused before it is read as a plan.</summary>
internal enum UploadProblem
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>Not .docx, .md or .txt, or the bytes are not what the extension says (415).</summary>
    UnsupportedType,
}

/// <summary>The outcome of a draft check: the report (the draft only), the draft's lines for quoting, and the parent it was checked against.</summary>
internal sealed record DraftResult(Report Report, IReadOnlyList<string> Lines, string? ParentId);

/// <summary>
/// The warm draft check: a draft (.docx, .md, .txt, as uploaded bytes) is read and checked against the plans the
/// service already holds in memory, with the rules compiled once — the folder is not read again. Its parent is the
/// plan picked by the user (an id or a number), or the one its own citations name among the folder's plans. The
/// uploaded file name gives only the kind (by its extension) and the name shown; it is never used as a path.
/// </summary>
internal sealed class DraftChecker(FolderState state, AuditSetup setup, ServeOptions options)
{
    /// <summary>The id a draft gets in its report.</summary>
    public const string DraftId = "du-thao";

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".docx", ".md", ".txt" };

    /// <summary>Whether the bytes are what the extension says: a .docx is a zip with a Word main part; a .md/.txt is text (no NUL byte, valid UTF-8 or UTF-16 with BOM).</summary>
    public static UploadProblem Sniff(string fileName, byte[] bytes)
    {
        var extension = Path.GetExtension(fileName);
        if (!Extensions.Contains(extension))
        {
            return UploadProblem.UnsupportedType;
        }

        if (string.Equals(extension, ".docx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
                return zip.GetEntry("word/document.xml") is null ? UploadProblem.UnsupportedType : UploadProblem.None;
            }
            catch (InvalidDataException)
            {
                return UploadProblem.UnsupportedType;
            }
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return UploadProblem.None;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return UploadProblem.UnsupportedType;
        }

        return Array.IndexOf(bytes, (byte)0) >= 0 ? UploadProblem.UnsupportedType : UploadProblem.None;
    }

    /// <summary>A name safe to show for an upload: its last segment, letters, digits, '-', '_' and '.' only.</summary>
    public static string ShownName(string? uploaded, string extension)
    {
        var last = (uploaded ?? string.Empty).Replace('\\', '/').Split('/').Last();
        var safe = new string(last.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.').ToArray()).TrimStart('.');
        return safe.Length == 0 || !safe.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? "du-thao" + extension : safe;
    }

    /// <summary>Checks a draft; a draft that cannot be read gives a report with its input error and no plan.</summary>
    /// <param name="bytes">The uploaded bytes (already sniffed).</param>
    /// <param name="shownName">The name shown in the report (<see cref="ShownName"/>); never opened.</param>
    /// <param name="parent">A plan id or number chosen by the user; null or blank: found from the draft's citations.</param>
    public DraftResult Check(byte[] bytes, string shownName, string? parent)
    {
        var display = shownName;
        var (read, error) = PlanLoader.ReadBytes(bytes, shownName, display);
        if (read is null)
        {
            var empty = new RuleEngine(RuleAssembly.Catalog, setup.Ruleset, new EngineOptions(options.Settings.AsOf)).Evaluate([]);
            return new DraftResult(Report.From(empty, [error!]), [], null);
        }

        var draft = read with { Id = DraftId };

        var plans = state.Plans;
        if (!string.IsNullOrWhiteSpace(parent) && Find(plans, parent.Trim()) is { } chosen)
        {
            draft = draft with { Parent = new ParentReference(chosen.Id, null, null, null, draft.Parent?.Location ?? draft.Location) };
        }

        // The parent as the whole folder would find it, then only the draft and its ancestors are evaluated.
        var all = plans.Append(draft).ToList();
        var index = PlanIndex.Build(all);
        var evaluated = new List<Plan> { draft };
        var parentId = index.ParentLink(draft)?.Parent.Id;
        for (var p = index.ParentLink(draft)?.Parent; p is not null && evaluated.All(e => e.Id != p.Id); p = index.ParentLink(p)?.Parent)
        {
            evaluated.Add(p);
        }

        var others = plans.Where(p => evaluated.All(e => e.Id != p.Id)).ToList();
        var evaluation = new RuleEngine(RuleAssembly.Catalog, setup.Ruleset, new EngineOptions(options.Settings.AsOf) { Catalog = setup.Legal?.WithPlans(others), Units = setup.Units })
            .Evaluate(evaluated);
        var report = Report.From(evaluation, [], new HashSet<string>([DraftId], StringComparer.Ordinal), r => RuleAssembly.Trace(r, evaluation, setup.Ruleset, setup.Units));
        return new DraftResult(report, PlanLoader.DocumentLines(bytes, shownName), parentId);
    }

    private static Plan? Find(IReadOnlyList<Plan> plans, string key) =>
        plans.FirstOrDefault(p => p.Id == key)
        ?? plans.FirstOrDefault(p => PlanIndex.NumberKey(p.Number?.Value) is { } k && k == PlanIndex.NumberKey(key));
}

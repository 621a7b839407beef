using System.Text;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Turns the lines of a document (from <see cref="MarkdownPlanImporter"/> or <see cref="DocxPlanImporter"/>) into a
/// <see cref="Plan"/>: header, legal bases and other citations, sections, tasks and duties, reports, indicators,
/// recipients and signer. What it cannot find it leaves empty and records as an <see cref="ImportNote"/>; it does not guess.
/// Every element keeps the document's path and the 1-based line it was read from.
/// </summary>
internal static partial class PlanExtractor
{
    /// <summary>Keys of the fields whose absence is recorded (rule CE-P006 reports them).</summary>
    public static readonly IReadOnlyList<string> NoteFields =
        ["number", "issue-date", "issuer", "title", "level", "period", "legal-bases", "parent", "tasks", "recipients", "signer"];

    [GeneratedRegex(@"Trên đây là (?:[Kk]ế hoạch|[Cc]hương trình)(?: [^.]*?)? của (?<issuer>\p{Lu}[^,.;]{2,80}?)\s+(?:thực hiện|triển khai|về|năm|\./\.)")]
    private static partial Regex ClosingIssuerRegex();

    /// <summary>Extracts the plan <paramref name="id"/> from <paramref name="document"/>.</summary>
    public static Plan Extract(DocumentText document, string id) => Extract(document, id, CancellationToken.None);

    /// <summary>
    /// Extracts the plan <paramref name="id"/> from <paramref name="document"/>; <paramref name="cancel"/> (the document's
    /// time budget) is looked at between the stages and per paragraph where the text is read paragraph by paragraph.
    /// </summary>
    public static Plan Extract(DocumentText document, string id, CancellationToken cancel)
    {
        var file = document.File;
        var paragraphs = Paragraph.Assemble(document);
        cancel.ThrowIfCancellationRequested();
        var notes = new List<string>();
        var header = HeaderExtractor.Read(paragraphs, file);
        cancel.ThrowIfCancellationRequested();
        var bodyStart = header.BodyStart;
        var recipientsAt = ClosingExtractor.RecipientsIndex(paragraphs, bodyStart);
        var bodyEnd = recipientsAt >= 0 ? recipientsAt : SignatureIndex(paragraphs, bodyStart);
        var firstStructure = Enumerable.Range(bodyStart, Math.Max(0, bodyEnd - bodyStart))
            .FirstOrDefault(i => paragraphs[i].Marker.Kind is MarkerKind.Roman or MarkerKind.Number, bodyEnd);

        var bases = Enumerable.Range(bodyStart, Math.Max(0, firstStructure - bodyStart)).Where(i => HeaderExtractor.IsBasis(paragraphs[i])).ToHashSet();
        // A document's reference to its own number ("Kèm theo Kế hoạch số …" over an appendix) is not a citation.
        var own = header.Number is { } n && DocumentSymbol.Classify(n.Value) != SymbolShape.Blank ? VietnameseText.SymbolKey(n.Value) : null;
        var citations = Citations(paragraphs, bases, file, cancel).Where(c => own is null || c.Number is null || VietnameseText.SymbolKey(c.Number) != own).ToList();
        var legalBases = citations.Where(c => c.IsLegalBasis).ToList();
        var sections = TaskExtractor.Sections(paragraphs, bodyStart, bodyEnd, file).Select(s => s.Section).ToList();
        cancel.ThrowIfCancellationRequested();
        var tasks = TaskExtractor.Tasks(paragraphs, firstStructure, bodyEnd, file);
        cancel.ThrowIfCancellationRequested();
        (int Start, int End)? annexRange = null;
        if (tasks.Count == 0 && AnnexStart(paragraphs, bodyEnd) is var annex and >= 0)
        {
            // A decision that issues the plan as its annex ("Ban hành kèm theo Quyết định số …"): the tasks are in the annex.
            var annexEnd = ClosingExtractor.RecipientsIndex(paragraphs, annex) is var r and >= 0 ? r : paragraphs.Count;
            sections = [.. sections, .. TaskExtractor.Sections(paragraphs, annex, annexEnd, file).Select(s => s.Section)];
            tasks = TaskExtractor.Tasks(paragraphs, annex, annexEnd, file);
            annexRange = (annex, annexEnd);
        }

        cancel.ThrowIfCancellationRequested();

        // The plan's indicators and reports are in its annex too, when the document is the decision that issues it.
        var indicators = IndicatorExtractor.FromSentences(paragraphs, bodyStart, bodyEnd, tasks, file)
            .Concat(annexRange is { } a ? IndicatorExtractor.FromSentences(paragraphs, a.Start, a.End, tasks, file) : [])
            .Concat(IndicatorExtractor.FromTables(paragraphs, file)).ToList();

        IReadOnlyList<Located<string>> recipients = [];
        IReadOnlyList<(string, int)> beside = [];
        var closingFrom = bodyEnd;
        if (recipientsAt >= 0)
        {
            (recipients, beside, closingFrom) = ClosingExtractor.Recipients(paragraphs, recipientsAt, file);
        }

        var signer = ClosingExtractor.Signer(paragraphs, closingFrom, beside, file);

        var title = header.Title;
        var issuer = HeaderExtractor.IssuerFromBody(paragraphs, bodyStart, firstStructure, title?.Value, file, header.IssuerLines)
            ?? ClosingIssuer(paragraphs, bodyStart, bodyEnd, file)
            ?? header.Issuer;
        cancel.ThrowIfCancellationRequested();
        var reports = ReportExtractor.Extract(paragraphs, bodyStart, bodyEnd, tasks, issuer?.Value, file, title?.Value);
        cancel.ThrowIfCancellationRequested();
        if (annexRange is { } range)
        {
            var ids = reports.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            reports = [.. reports, .. ReportExtractor.Extract(paragraphs, range.Start, range.End, tasks, issuer?.Value, file, title?.Value)
                .Select(r => ids.Add(r.Id) ? r : r with { Id = FreeId(r.Id, ids) })];
        }
        var (level, kinds) = IssuerClassifier.Classify(issuer?.Value ?? string.Empty, header.Number?.Value);
        if (level is null && header.IssuerLines.Count > 0)
        {
            (level, kinds) = IssuerClassifier.Classify(header.IssuerLines[^1].Value, header.Number?.Value);
        }

        var period = title is null ? null : HeaderExtractor.PeriodFromTitle(title.Value);
        var planDate = header.IssueDate?.Value ?? (period is null ? null : new PartialDate(period.From, null, null));
        var parent = Parent([.. legalBases.Where(c => !CitationParser.IsOwnEarlierPlan(c, issuer?.Value, planDate))]);
        var draft = header.MarkedDraft
            || (header.Number is not null && DocumentSymbol.Classify(header.Number.Value) == SymbolShape.Blank)
            || (header.IssueDate is not null && !header.IssueDate.Value.IsComplete);

        Note(header.Number is null, "number");
        Note(header.IssueDate is null, "issue-date");
        Note(issuer is null, "issuer");
        Note(title is null, "title");
        Note(level is null, "level");
        Note(period is null, "period");
        Note(legalBases.Count == 0, "legal-bases");
        Note(parent is null, "parent");
        Note(tasks.Count == 0, "tasks");
        Note(recipients.Count == 0, "recipients");
        Note(signer is null, "signer");

        var top = new SourceLocation(file, 1, 1);
        var notes2 = new List<ImportNote>();
        return new Plan
        {
            Id = id,
            Location = top,
            Source = file,
            Number = header.Number,
            DocumentType = header.DocumentType,
            Title = title?.Value ?? Path.GetFileNameWithoutExtension(file),
            Issuer = issuer ?? new Located<string>(string.Empty, top),
            UnitKinds = kinds,
            Level = level ?? PlanLevel.Unit,
            Place = header.Place,
            IssueDate = header.IssueDate,
            Period = period is null ? null : new Located<YearPeriod>(period, title!.Location),
            Status = draft ? PlanStatus.Draft : PlanStatus.Issued,
            Parent = parent,
            LegalBases = legalBases,
            References = citations.Where(c => !c.IsLegalBasis).ToList(),
            Sections = sections,
            Tasks = UniqueTaskIds(tasks.Select(t => t.Task), notes2),
            Reports = reports,
            Indicators = indicators,
            Recipients = recipients,
            Signer = signer,
            ImportNotes = [.. notes.Select(n => new ImportNote(n, top)), .. notes2],
        };

        void Note(bool missing, string field)
        {
            if (missing)
            {
                notes.Add(field);
            }
        }
    }

    /// <summary>
    /// The tasks with ids unique in the plan — a document may number two items alike (a copied item, a list restarted
    /// by mistake), and the plan YAML written by <c>import</c> must load back: the second "2" becomes "2-2". Each id so
    /// changed is noted (<c>duplicate-id</c>, at the item) for the user to renumber the document.
    /// </summary>
    internal static IReadOnlyList<PlanTask> UniqueTaskIds(IEnumerable<PlanTask> tasks, List<ImportNote> notes)
    {
        var list = tasks.ToList();
        var taken = list.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var first = new Dictionary<string, PlanTask>(StringComparer.Ordinal);
        var result = new List<PlanTask>(list.Count);
        foreach (var task in list)
        {
            if (first.TryAdd(task.Id, task))
            {
                result.Add(task);
                continue;
            }

            var id = FreeId(task.Id, taken);
            notes.Add(new ImportNote("duplicate-id", task.Location) { Id = task.Id, NewId = id, First = first[task.Id].Location.Line });
            result.Add(task with { Id = id });
        }

        return result;
    }

    /// <summary>The first of "id-2", "id-3" … not in <paramref name="taken"/>, which it is added to.</summary>
    internal static string FreeId(string id, HashSet<string> taken)
    {
        for (var n = 2; ; n++)
        {
            var candidate = $"{id}-{n}";
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>A plan id from a document's file name: "002_7e8e160c5670c66d.txt" → "002-7e8e160c5670c66d".</summary>
    public static string IdFromFileName(string path) => Slug(Path.GetFileNameWithoutExtension(path));

    /// <summary>A name as a plan-id word: folded, runs of anything but ASCII letters, digits and '.' made one '-'.</summary>
    internal static string Slug(string text)
    {
        var name = VietnameseText.Fold(text);
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var id = sb.ToString().Trim('-', '.');
        return id.Length == 0 ? "plan" : id;
    }

    private static List<Citation> Citations(IReadOnlyList<Paragraph> paragraphs, HashSet<int> bases, string file, CancellationToken cancel)
    {
        var result = new List<Citation>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var p = paragraphs[i];
            foreach (var c in CitationParser.Parse(p.Text))
            {
                var line = p.LineAt(c.Start);
                result.Add(new Citation(c.Type, c.Number, c.Date, c.Issuer, c.Title, c.Raw, bases.Contains(i), new SourceLocation(file, line, 1), line));
            }
        }

        return result;
    }

    // The parent is the plan this one implements: the first basis that is a plan or programme ("Kế hoạch số 101/KH-SYT"),
    // else a decision that issues one ("Quyết định … về việc ban hành Chương trình công tác …") — not one that approves a
    // national strategy or programme ("… phê duyệt Chiến lược quốc gia …"), not a law.
    private static ParentReference? Parent(IReadOnlyList<Citation> bases)
    {
        var numbered = bases.Where(c => c.Number is not null && DocumentSymbol.Classify(c.Number) != SymbolShape.Blank).ToList();
        var parent = numbered.FirstOrDefault(c => c.Type is "Kế hoạch" or "Chương trình")
            ?? numbered.FirstOrDefault(c => c.Type is "Quyết định" or "Hướng dẫn" or "Công văn" && !(c.Title ?? string.Empty).Contains("phê duyệt", StringComparison.OrdinalIgnoreCase));
        return parent is null ? null : new ParentReference(null, parent.Number, parent.Date, parent.Issuer, parent.Location);
    }

    private static Located<string>? ClosingIssuer(IReadOnlyList<Paragraph> paragraphs, int from, int to, string file)
    {
        for (var i = from; i < to; i++)
        {
            var m = ClosingIssuerRegex().Match(paragraphs[i].Text);
            if (m.Success && UnitListParser.StartsWithHead(m.Groups["issuer"].Value, 0))
            {
                return new Located<string>(m.Groups["issuer"].Value.Trim(), new SourceLocation(file, paragraphs[i].Line, 1));
            }
        }

        return null;
    }

    // The first paragraph after the signature that says the text below is issued with this document: "(Ban hành kèm theo
    // Quyết định số 412/QĐ-UBND …)", followed by numbered sections; -1 when there is none.
    private static int AnnexStart(IReadOnlyList<Paragraph> paragraphs, int from)
    {
        for (var i = Math.Max(0, from); i < paragraphs.Count; i++)
        {
            var f = VietnameseText.Fold(paragraphs[i].Text).TrimStart('(', '[', ' ');
            if (f.StartsWith("ban hanh kem theo", StringComparison.Ordinal)
                && Enumerable.Range(i + 1, paragraphs.Count - i - 1).Any(k => paragraphs[k].Marker.Kind == MarkerKind.Roman))
            {
                return i + 1;
            }
        }

        return -1;
    }

    // Without "Nơi nhận", the body ends at the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC").
    private static int SignatureIndex(IReadOnlyList<Paragraph> paragraphs, int from)
    {
        for (var i = paragraphs.Count - 1; i > from; i--)
        {
            var t = paragraphs[i].Text;
            if (!paragraphs[i].IsTableRow && HeaderExtractor.IsUpperCase(t) && Regex.IsMatch(t, @"^(?:KT\.|TM\.|Q\.|TL\.)\s"))
            {
                return i;
            }
        }

        return paragraphs.Count;
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Legal;

/// <summary>
/// The legal documents citations are checked against: the built-in catalogue, user catalogues merged into it,
/// and the plans of the run (each counts as a known document, so a cascade's own plans resolve). Indexed by
/// <see cref="PlanIndex.NumberKey"/> of each symbol, symbol-like alias and misspelling, by the separator-free
/// skeleton of the symbol, and by folded name (alias, title, shared name) for citations without a number.
/// Immutable and safe to read from several threads.
/// </summary>
public sealed partial class LegalCatalog
{
    [System.Text.RegularExpressions.GeneratedRegex(@" (?:nam )?(?<y>(?:19|20)\d{2})$")]
    private static partial System.Text.RegularExpressions.Regex NameYearRegex();

    // Declared before Empty: static initialisers run in textual order.
    private static readonly IReadOnlyDictionary<string, string> EmptyMap = new Dictionary<string, string>();

    private readonly IReadOnlyDictionary<string, string> abbreviationTexts;
    private readonly Dictionary<string, string> abbreviations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LegalDocument>> bySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LegalDocument>> byMisspelling = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LegalDocument>> bySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LegalDocument>> byYearless = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LegalDocument>> byRunningNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LegalDocument>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LegalDocument>> byBaseName = new(StringComparer.Ordinal);
    private readonly List<string> provinceKeys;

    private LegalCatalog(IReadOnlyList<LegalDocument> documents, IReadOnlyDictionary<string, string> abbreviationTexts)
    {
        Documents = documents;
        this.abbreviationTexts = abbreviationTexts;
        foreach (var (abbreviation, expansion) in abbreviationTexts)
        {
            abbreviations[LegalNames.Key(abbreviation, EmptyMap)] = LegalNames.Key(expansion, EmptyMap);
        }

        foreach (var document in documents)
        {
            Index(document);
        }

        provinceKeys = documents.Select(d => d.Province).OfType<string>().Select(Key).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A catalogue without documents.</summary>
    public static LegalCatalog Empty { get; } = new([], EmptyMap);

    /// <summary>All documents, in the order they were read (catalogue files first, then the plans of the run).</summary>
    public IReadOnlyList<LegalDocument> Documents { get; }

    /// <summary>Abbreviations expanded before names and issuers are compared (BĐG → bình đẳng giới).</summary>
    public IReadOnlyDictionary<string, string> Abbreviations => abbreviationTexts;

    /// <summary>Loads a catalogue from YAML text; an input error (with its line) instead when it is malformed.</summary>
    public static (LegalCatalog? Catalog, InputError? Error) TryParse(string text, string file)
    {
        try
        {
            return (Parse(text, file), null);
        }
        catch (InputErrorException e)
        {
            return (null, e.Error);
        }
    }

    /// <summary>Loads a catalogue file (UTF-8), as <see cref="TryParse"/>.</summary>
    public static (LegalCatalog? Catalog, InputError? Error) TryLoad(string path)
    {
        var display = InputPath.Display(path);
        try
        {
            return TryParse(TextFileReader.Read(path, display), display);
        }
        catch (InputErrorException e)
        {
            return (null, e.Error);
        }
    }

    /// <summary>Loads a catalogue strictly.</summary>
    /// <exception cref="InputErrorException">On any problem, with its position.</exception>
    internal static LegalCatalog Parse(string text, string file) => LegalCatalogReader.Parse(text, file);

    internal static LegalCatalog Create(IReadOnlyList<LegalDocument> documents, IReadOnlyDictionary<string, string> abbreviations) =>
        new(documents, abbreviations);

    /// <summary>
    /// This catalogue with the documents of <paramref name="other"/> added; an entry of <paramref name="other"/> with the
    /// same symbol and scope as one of this catalogue replaces it (a user catalogue may correct the built-in one).
    /// </summary>
    public LegalCatalog Merge(LegalCatalog other)
    {
        var replaced = other.Documents.Select(d => (PlanIndex.NumberKey(d.Symbol), d.Scope)).ToHashSet();
        var documents = Documents.Where(d => !replaced.Contains((PlanIndex.NumberKey(d.Symbol), d.Scope))).Concat(other.Documents).ToList();
        var merged = new Dictionary<string, string>(abbreviationTexts, StringComparer.Ordinal);
        foreach (var (k, v) in other.abbreviationTexts)
        {
            merged[k] = v;
        }

        return new LegalCatalog(documents, merged);
    }

    /// <summary>
    /// This catalogue plus every numbered plan of <paramref name="plans"/> as a document (number, date, issuer, period),
    /// unless the catalogue already holds that document (same symbol and date).
    /// </summary>
    public LegalCatalog WithPlans(IEnumerable<Plan> plans)
    {
        var added = new List<LegalDocument>();
        foreach (var plan in plans)
        {
            var key = PlanIndex.NumberKey(plan.Number?.Value);
            var date = plan.IssueDate?.Value ?? PartialDate.Blank;
            if (key is null || (bySymbol.TryGetValue(key, out var known) && known.Any(d => d.PlanId is null && d.IssueDate == date)))
            {
                continue;
            }

            added.Add(new LegalDocument
            {
                Type = plan.DocumentType ?? "Kế hoạch",
                Symbol = plan.Number!.Value,
                Issuer = plan.Issuer.Value,
                IssueDate = date,
                Period = plan.Period?.Value,
                Scope = "plan",
                Title = plan.Title,
                Location = plan.Location,
                PlanId = plan.Id,
            });
        }

        return added.Count == 0 ? this : new LegalCatalog([.. Documents, .. added], abbreviationTexts);
    }

    /// <summary>The catalogue document with this symbol (a catalogue entry before a plan of the run).</summary>
    public LegalDocument? BySymbol(string? symbol) =>
        PlanIndex.NumberKey(symbol) is { } key && bySymbol.TryGetValue(key, out var list) ? list.OrderBy(d => d.PlanId is not null).First() : null;

    /// <summary>
    /// The document <paramref name="citation"/> of <paramref name="plan"/> refers to, or null when the catalogue does not know it
    /// (or the citation has a blank number). A local symbol (<c>135/KH-UBND</c> exists in every province) matches only
    /// on symbol and issuer, symbol and date, or symbol within the plan's own province.
    /// </summary>
    public CitationMatch? Resolve(Citation citation, Plan plan) =>
        resolved.GetValue(plan, _ => new ConcurrentDictionary<Citation, CitationMatch?>(ReferenceEqualityComparer.Instance))
            .GetOrAdd(citation, c => ResolveOnce(c, plan));

    // A dozen legal rules ask about every citation of a plan: each is resolved once per plan and catalogue. The plan and
    // the citation are keys by reference and held weakly, so a long-running service does not keep old runs' plans.
    private readonly ConditionalWeakTable<Plan, ConcurrentDictionary<Citation, CitationMatch?>> resolved = new();
    private readonly ConditionalWeakTable<Plan, StrongBox<string?>> provinces = new();

    private CitationMatch? ResolveOnce(Citation citation, Plan plan)
    {
        var context = new Context(PlanDate.Of(plan), ProvinceOf(plan));
        if (!string.IsNullOrWhiteSpace(citation.Number))
        {
            var key = PlanIndex.NumberKey(citation.Number);
            if (key is null)
            {
                return null;
            }

            if (Choose(bySymbol.GetValueOrDefault(key), citation, context) is { } exact)
            {
                return new CitationMatch(exact, MatchKind.Symbol);
            }

            if (Choose(byMisspelling.GetValueOrDefault(key), citation, context) is { } misspelt)
            {
                return new CitationMatch(misspelt, MatchKind.Misspelling);
            }

            var skeleton = bySkeleton.GetValueOrDefault(Skeleton(key))?.Where(d => PlanIndex.NumberKey(d.Symbol) != key).ToList();
            if (Choose(skeleton, citation, context) is { } separated)
            {
                return new CitationMatch(separated, MatchKind.Separators);
            }

            return ResolveYearSlip(key, citation, context) ?? ResolveKindSlip(key, citation);
        }

        // "Luật … năm 2007": a year written after the name (kept in the raw text) is part of the name it is cited by.
        var name = citation.Date is null && citation.Title is { } title && citation.Raw.StartsWith(title, StringComparison.Ordinal) && NameYearRegex().IsMatch(Key(citation.Raw))
            ? citation.Raw : citation.Title ?? citation.Raw;
        return ResolveName(name, context with { Cited = citation.Date is { IsBlank: false } d ? d : null });
    }

    // "28/2021/NQ-CP" for 28/NQ-CP, "2282/2020/QĐ-TTg" for 2282/QĐ-TTg: a year written into a symbol whose kind carries
    // none, when the year (or the cited date) is the document's; "56/NĐ-CP ngày 16/7/2012" for 56/2012/NĐ-CP: the year
    // left out, when the cited date is the document's.
    private CitationMatch? ResolveYearSlip(string key, Citation citation, Context context)
    {
        var written = SymbolYear(key);
        var candidates = byYearless.GetValueOrDefault(Yearless(key))?
            .Where(d => PlanIndex.NumberKey(d.Symbol) != key && d.PlanId is null && d.IssueDate.IsComplete)
            .Where(d => citation.Date is { IsComplete: true } date ? date == d.IssueDate : written == d.IssueDate.Year)
            .Where(d => (written is null) != (SymbolYear(PlanIndex.NumberKey(d.Symbol)!) is null))
            .ToList();
        return Choose(candidates, citation, context) is { } document ? new CitationMatch(document, MatchKind.YearSlip) : null;
    }

    // "Nghị định số 2232/NĐ-CP ngày 28/12/2020" for Quyết định 2232/QĐ-TTg: the number and the full date of a national
    // document, with another kind or issuer in the symbol.
    private CitationMatch? ResolveKindSlip(string key, Citation citation)
    {
        if (citation.Date is not { IsComplete: true } date)
        {
            return null;
        }

        var number = key[..key.TakeWhile(char.IsAsciiDigit).Count()];
        var candidates = byRunningNumber.GetValueOrDefault(number)?
            .Where(d => d.PlanId is null && d.Province is null && d.IssueDate == date && !d.IsUncertain("issue_date"))
            .ToList();
        return candidates is [var only] ? new CitationMatch(only, MatchKind.KindSlip) : null;
    }

    private static int? SymbolYear(string key) =>
        System.Text.RegularExpressions.Regex.Match(key, @"^\d+[A-Z]{0,4}/(\d{4})/") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string Yearless(string key) => System.Text.RegularExpressions.Regex.Replace(key, @"^(\d+[A-Z]{0,4})/\d{4}/", "$1/");

    /// <summary>Whether <paramref name="document"/> was still in force on <paramref name="date"/>, and what replaced it.</summary>
    public ValidityOn Validity(LegalDocument document, DateOnly date)
    {
        var replacement = document.ReplacedBy is { } r ? BySymbol(r) : null;
        if (replacement?.InForceFrom is { } from && from <= date)
        {
            return new ValidityOn(false, replacement);
        }

        return document.ValidUntil is { } until && until < date ? new ValidityOn(false, replacement) : new ValidityOn(true, null);
    }

    /// <summary>
    /// Known documents whose symbol is within two edits (insertion, deletion, substitution, swap of neighbours) of
    /// <paramref name="symbol"/>'s number key — at most one edit per two digits of the running number, so that "777"
    /// does not suggest "79" — nearest first, and among equals the one with the same digits: <c>1969/QĐ-TTg</c> suggests
    /// <c>1696/QĐ-TTg</c>. Local documents of another province than <paramref name="plan"/>'s are left out.
    /// </summary>
    public IReadOnlyList<LegalDocument> Nearest(string symbol, Plan? plan = null, int max = 3)
    {
        var key = PlanIndex.NumberKey(symbol);
        if (key is null)
        {
            return [];
        }

        var digits = key.TakeWhile(char.IsAsciiDigit).Count();
        var limit = Math.Min(2, Math.Max(1, digits / 2));
        var province = plan is null ? null : ProvinceOf(plan);
        return Documents
            .Where(d => province is null || d.Province is not { } p || Key(p) == province)
            .Select(d => (Document: d, Key: PlanIndex.NumberKey(d.Symbol)!))
            .DistinctBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => (x.Document, Distance: SymbolDistance.Edits(key, x.Key), Letters: SymbolDistance.Letters(key, x.Key)))
            .Where(x => x.Distance > 0 && x.Distance <= limit)
            .OrderBy(x => x.Distance).ThenBy(x => x.Letters).ThenBy(x => x.Document.Symbol, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Document)
            .ToList();
    }

    /// <summary>
    /// True when <paramref name="cited"/> names the issuer of <paramref name="document"/>: the official name or an alias
    /// (abbreviations, case, diacritics, parentheses and "khóa …" aside), or — in a plan of the document's own province —
    /// a relative form ("UBND tỉnh", "Thành ủy"). A plan of the run also accepts a shorter or longer form of its issuer.
    /// </summary>
    public bool AcceptsIssuer(LegalDocument document, string cited, Plan plan) => AcceptsIssuer(document, cited, ProvinceOf(plan));

    /// <summary>The province a plan belongs to, found in its issuer, title, parent's issuer or place; null when none is named.</summary>
    public string? ProvinceOf(Plan plan) => provinces.GetValue(plan, p => new StrongBox<string?>(FindProvince(p))).Value;

    private string? FindProvince(Plan plan)
    {
        var text = Key(string.Join(' ', plan.Issuer.Value, plan.Title, plan.Parent?.Issuer ?? string.Empty, plan.Level == PlanLevel.National ? string.Empty : plan.Place ?? string.Empty));
        return provinceKeys.FirstOrDefault(p => ContainsWords(text, p));
    }

    /// <summary>The comparison key of a name or issuer under this catalogue's abbreviations.</summary>
    public string Key(string text) => LegalNames.Key(text, abbreviations);

    private bool AcceptsIssuer(LegalDocument document, string cited, string? planProvince)
    {
        var province = document.Province is { } p ? Key(p) : null;
        var inScope = province is null || planProvince is null || planProvince == province;
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in document.IssuerAliases.Prepend(document.Issuer))
        {
            foreach (var form in Forms(name))
            {
                var absolute = province is null || ContainsWords(form, province);
                if (absolute || inScope)
                {
                    accepted.Add(form);
                }

                if (province is not null && inScope && ContainsWords(form, province))
                {
                    // The generic form of a provincial body: "ủy ban nhân dân tỉnh" for "ủy ban nhân dân tỉnh Thanh Hóa".
                    accepted.Add(string.Join(' ', $" {form} ".Replace($" {province} ", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                }
            }
        }

        var forms = Forms(cited).ToList();
        if (forms.Any(accepted.Contains))
        {
            return true;
        }

        // "Sở Tư pháp Nghệ An" is "Sở Tư pháp tỉnh Nghệ An" with the word "tỉnh" left out: the same body.
        if (forms.Any(f => accepted.Any(a => LegalNames.WithoutPlaceKind(a).Contains(f))))
        {
            return true;
        }

        return document.PlanId is not null && forms.Any(f => accepted.Any(a => ContainsWords(a, f) || ContainsWords(f, a)));
    }

    private IEnumerable<string> Forms(string issuer) =>
        LegalNames.IssuerForms(issuer, abbreviations).Where(f => f.Length > 0 && !f.StartsWith("khoa ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);

    private LegalDocument? Choose(List<LegalDocument>? candidates, Citation citation, Context context)
    {
        if (candidates is null || candidates.Count == 0)
        {
            return null;
        }

        bool IssuerMatches(LegalDocument d) => citation.Issuer is { Length: > 0 } issuer && AcceptsIssuer(d, issuer, context.Province);
        bool DateMatches(LegalDocument d) => citation.Date is { IsBlank: false } date && date == d.IssueDate;
        bool Acceptable(LegalDocument d) =>
            d.Province is not { } province || context.Province == Key(province) || IssuerMatches(d) || DateMatches(d);

        return candidates.Where(Acceptable)
            .OrderByDescending(d => (IssuerMatches(d) ? 2 : 0) + (DateMatches(d) ? 1 : 0))
            .ThenBy(d => d.PlanId is not null)
            .FirstOrDefault();
    }

    private CitationMatch? ResolveName(string name, Context context)
    {
        var key = Key(name);
        if (byName.TryGetValue(key, out var named))
        {
            return new CitationMatch(ByDate(named, context), MatchKind.Name);
        }

        // "Luật X năm 2007", "Luật X 2022": the year picks among the documents of that name.
        if (NameYearRegex().Match(key) is { Success: true } year)
        {
            var cited = new PartialDate(int.Parse(year.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), null, null);
            var match = ResolveName(key[..year.Index], context with { Cited = cited });
            return match is not null && Agrees(cited, match.Document.IssueDate) ? match : null;
        }

        var (baseName, period) = LegalNames.SplitPeriod(key);
        var series = byBaseName.GetValueOrDefault(baseName) ?? byName.GetValueOrDefault(baseName);
        if (series is null)
        {
            return null;
        }

        if (period is null)
        {
            return new CitationMatch(ByDate(series, context), MatchKind.Name);
        }

        var containing = series.Where(d => d.Period is { } p && p.From <= period.From && period.To <= p.To).ToList();
        if (containing.Count > 0)
        {
            return new CitationMatch(Best(containing, period, context), MatchKind.NamePhase, period);
        }

        // A period that overlaps a known document of the series without fitting in it is a wrong period ("2012-2020" for
        // 2016-2020); one that overlaps none may be a later document the catalogue does not have yet, so it stays unresolved.
        var overlapping = series.Where(d => d.Period is { } p && p.From <= period.To && period.From <= p.To).ToList();
        return overlapping.Count > 0 ? new CitationMatch(Best(overlapping, period, context), MatchKind.NamePeriodDiffers, period) : null;
    }

    private static LegalDocument ByDate(List<LegalDocument> documents, Context context)
    {
        if (context.Cited is { Year: not null } cited && documents.Where(d => Agrees(cited, d.IssueDate)).ToList() is [var dated, ..])
        {
            return dated;
        }

        var ordered = documents.OrderBy(d => d.Start ?? DateOnly.MinValue).ThenBy(d => d.Symbol, StringComparer.Ordinal).ToList();
        if (context.Date is not { } date)
        {
            return ordered[^1];
        }

        return ordered.LastOrDefault(d => (d.Start ?? DateOnly.MinValue) <= date.Date) ?? ordered[0];
    }

    private static LegalDocument Best(List<LegalDocument> documents, YearPeriod cited, Context context) =>
        documents
            .OrderByDescending(d => context.Date is { } date && d.Period!.Contains(date.Year))
            .ThenByDescending(d => Math.Min(d.Period!.To, cited.To) - Math.Max(d.Period!.From, cited.From))
            .ThenBy(d => d.Period!.From)
            .First();

    private void Index(LegalDocument document)
    {
        var symbolKey = PlanIndex.NumberKey(document.Symbol)!;
        Add(bySymbol, symbolKey, document);
        Add(bySkeleton, Skeleton(symbolKey), document);
        Add(byYearless, Yearless(symbolKey), document);
        Add(byRunningNumber, symbolKey[..symbolKey.TakeWhile(char.IsAsciiDigit).Count()], document);
        foreach (var misspelling in document.Misspellings)
        {
            if (PlanIndex.NumberKey(misspelling) is { } key)
            {
                // A misspelling that differs only in spacing ("350/KH- BYT") is the symbol itself.
                Add(key == symbolKey ? bySymbol : byMisspelling, key, document);
            }
        }

        if (document.PlanId is not null)
        {
            return;
        }

        var names = new List<string>();
        foreach (var alias in document.Aliases)
        {
            if (DocumentSymbol.Classify(alias) != SymbolShape.Blank && PlanIndex.NumberKey(alias) is { } aliasKey)
            {
                Add(bySymbol, aliasKey, document); // a conventional form of the symbol ("90-KH/TU")
            }
            else
            {
                names.Add(Key(alias));
            }
        }

        if (document.Title is { } title && LegalNames.TitleName(Key(title)) is { } titleName)
        {
            names.Add(titleName);
        }

        foreach (var name in names)
        {
            Add(byName, name, document);
            var (baseName, _) = LegalNames.SplitPeriod(name);
            if (baseName != name)
            {
                Add(byBaseName, baseName, document);
            }
        }

        foreach (var shared in document.SharedNames)
        {
            Add(byBaseName, Key(shared), document);
        }
    }

    private static void Add(Dictionary<string, List<LegalDocument>> index, string key, LegalDocument document)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Any(d => ReferenceEquals(d, document)))
        {
            list.Add(document);
        }
    }

    private static bool Agrees(PartialDate cited, PartialDate actual) =>
        cited.Year == actual.Year && (cited.Month is null || cited.Month == actual.Month) && (cited.Day is null || cited.Day == actual.Day);

    private static string Skeleton(string numberKey) => numberKey.Replace("-", string.Empty, StringComparison.Ordinal).Replace("/", string.Empty, StringComparison.Ordinal);

    private static bool ContainsWords(string text, string words) => $" {text} ".Contains($" {words} ", StringComparison.Ordinal);

    // Cited: the date or year written with a name ("Luật … năm 2007"), which picks among documents sharing the name.
    private sealed record Context(PlanDate? Date, string? Province, PartialDate? Cited = null);
}

using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Legal;

/// <summary>
/// One document of the legal-document catalogue (<c>rules/catalogs/legal-documents.yaml</c>, format
/// <c>legal-catalog/1</c>), or a plan of the run standing for itself (<see cref="PlanId"/> set).
/// Field meanings are those of <c>rules/catalogs/README-legal-documents.md</c>.
/// </summary>
public sealed record LegalDocument
{
    /// <summary>Full Vietnamese type word: Luật, Nghị định, Quyết định, Chỉ thị, Kế hoạch …</summary>
    public required string Type { get; init; }

    /// <summary>Number/symbol as official: <c>1696/QĐ-TTg</c>, <c>21-CT/TW</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>Issuing body as official.</summary>
    public required string Issuer { get; init; }

    /// <summary>Other correct names of the issuer; relative ones ("UBND tỉnh") hold only inside <see cref="Scope"/>.</summary>
    public IReadOnlyList<string> IssuerAliases { get; init; } = [];

    /// <summary>Date of signature; complete for catalogue entries, possibly partial for a draft plan.</summary>
    public required PartialDate IssueDate { get; init; }

    /// <summary>Date it takes effect, when confirmed.</summary>
    public DateOnly? EffectiveDate { get; init; }

    /// <summary>Last day in force, for a document whose validity has ended.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Years covered, for strategies, programmes, Đề án and plans.</summary>
    public YearPeriod? Period { get; init; }

    /// <summary>Symbol of the document that replaced it.</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>Symbols of amending documents.</summary>
    public IReadOnlyList<string> AmendedBy { get; init; } = [];

    /// <summary><c>national</c>, <c>province:&lt;name&gt;</c>, <c>ministry:&lt;name&gt;</c>, or <c>plan</c> for a plan of the run.</summary>
    public string Scope { get; init; } = "national";

    /// <summary>Subject after the type word ("phê duyệt …"), or the full name of a law; null when unknown.</summary>
    public string? Title { get; init; }

    /// <summary>Short names that each name this document only.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Bare names shared with the other documents of a series, resolved by the citing plan's date.</summary>
    public IReadOnlyList<string> SharedNames { get; init; } = [];

    /// <summary>Wrong renderings of the symbol met in real text.</summary>
    public IReadOnlyList<string> Misspellings { get; init; } = [];

    /// <summary>Where the facts come from.</summary>
    public string? Source { get; init; }

    /// <summary>Names of fields whose value is not confirmed; rules do not report a mismatch on them.</summary>
    public IReadOnlySet<string> Uncertain { get; init; } = new HashSet<string>();

    /// <summary>Where the entry is written (catalogue file, or the plan file).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The id of the plan of the run this document stands for; null for a catalogue entry.</summary>
    public string? PlanId { get; init; }

    /// <summary>The province of a <c>province:</c> scope.</summary>
    public string? Province => Scope.StartsWith(ProvincePrefix, StringComparison.Ordinal) ? Scope[ProvincePrefix.Length..] : null;

    /// <summary>The day from which it applies: the start of its period, else its effective date, else its issue date.</summary>
    public DateOnly? Start =>
        Period is { } p ? new DateOnly(p.From, 1, 1) : EffectiveDate ?? IssueDate.ToDate();

    /// <summary>The day it takes effect: effective date, else issue date.</summary>
    public DateOnly? InForceFrom => EffectiveDate ?? IssueDate.ToDate();

    /// <summary>
    /// The words a citation puts before "số": the full name for a law ("Luật Phòng, chống bạo lực gia đình"),
    /// whose title is its name, else the type word ("Quyết định").
    /// </summary>
    public string CitationName => Title is { } t && TitleIsName ? t : Type;

    /// <summary>The subject a citation puts after the issuer, or empty when the title is already the name.</summary>
    public string CitationSubject => Title is { } t && !TitleIsName ? t : string.Empty;

    private bool TitleIsName => Title is { } t && VietnameseText.Fold(t).StartsWith(VietnameseText.Fold(Type) + " ", StringComparison.Ordinal);

    /// <summary>True when <paramref name="field"/> (a catalogue key) is listed as unconfirmed.</summary>
    public bool IsUncertain(string field) => Uncertain.Contains(field);

    internal const string ProvincePrefix = "province:";
}

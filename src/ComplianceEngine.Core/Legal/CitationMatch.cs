using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Legal;

/// <summary>How a citation was matched to a catalogue document.</summary>
public enum MatchKind
{
    /// <summary>Its number is the document's symbol (spacing, case and leading zeros aside) or a symbol-like alias.</summary>
    Symbol,

    /// <summary>Its number is a known misspelling of the symbol (<c>21/CT-TW</c> for <c>21-CT/TW</c>).</summary>
    Misspelling,

    /// <summary>Its number differs from the symbol only in its separators (<c>11NQ/TW</c> for <c>11-NQ/TW</c>).</summary>
    Separators,

    /// <summary>Its number has a year the symbol does not carry, or lacks the year it carries (<c>28/2021/NQ-CP</c> for <c>28/NQ-CP</c>).</summary>
    YearSlip,

    /// <summary>Its running number and full date are a national document's, with another kind or issuer (<c>2232/NĐ-CP</c> for <c>2232/QĐ-TTg</c>).</summary>
    KindSlip,

    /// <summary>Cited by name (no number): an alias, the title, or a shared name resolved by the plan's date.</summary>
    Name,

    /// <summary>Cited by name with a period that is a phase of the document's period ("giai đoạn 2026-2030" of 2021-2030).</summary>
    NamePhase,

    /// <summary>Cited by name with a period that reaches outside the document's period ("2012-2020" for 2016-2020).</summary>
    NamePeriodDiffers,
}

/// <summary>The catalogue document a citation refers to, and how it was found.</summary>
/// <param name="Document">The document.</param>
/// <param name="Kind">How it was matched.</param>
/// <param name="CitedPeriod">The period written in a name citation, if any.</param>
public sealed record CitationMatch(LegalDocument Document, MatchKind Kind, YearPeriod? CitedPeriod = null)
{
    /// <summary>True when the citation writes the symbol in a wrong form that the catalogue recognises.</summary>
    public bool SymbolWrittenWrong => Kind is MatchKind.Misspelling or MatchKind.Separators or MatchKind.YearSlip or MatchKind.KindSlip;
}

/// <summary>Whether a document still applies on a day.</summary>
/// <param name="InForce">False when it expired or was replaced before that day.</param>
/// <param name="Replacement">The replacing document, when the catalogue knows it and it applies by then.</param>
public sealed record ValidityOn(bool InForce, LegalDocument? Replacement);

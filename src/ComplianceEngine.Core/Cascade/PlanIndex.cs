using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Cascade;

/// <summary>How a child was linked to its parent.</summary>
public enum LinkBasis
{
    /// <summary><c>parent.id</c> names a loaded plan.</summary>
    ParentId,

    /// <summary><c>parent.number</c> matches a loaded plan's number.</summary>
    ParentNumber,

    /// <summary>One of the child's legal bases cites a loaded plan's number (and date).</summary>
    Citation,

    /// <summary>A citation whose number is one edit away from a loaded plan with the same date: that plan, cited wrongly.</summary>
    NearMiss,
}

/// <summary>A parent → child edge of a cascade.</summary>
public sealed record CascadeLink(Plan Parent, Plan Child, LinkBasis Basis)
{
    /// <summary>The citation the parent was found through (its number as the child wrote it), when found by citation.</summary>
    public Citation? CitedAs { get; init; }
}

/// <summary>A child whose declared parent is not among the loaded plans.</summary>
public sealed record UnresolvedParent(Plan Child, string Cited);

/// <summary>
/// The plans of one run, indexed so that rules look facts up instead of comparing every plan with
/// every other: by id, by number (symbol key), and parent → children. Built once, read-only after.
/// </summary>
public sealed class PlanIndex
{
    private readonly Dictionary<string, Plan> byId;
    private readonly Dictionary<string, List<Plan>> byNumber;
    private readonly Dictionary<string, List<CascadeLink>> childrenOf;
    private readonly Dictionary<string, CascadeLink> parentOf;

    private readonly Dictionary<PartialDate, List<Plan>> byDate = [];

    private PlanIndex(IReadOnlyList<Plan> plans)
    {
        Plans = plans;
        byId = plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (plan.IssueDate?.Value is { IsComplete: true } issued)
            {
                (byDate.TryGetValue(issued, out var list) ? list : byDate[issued] = []).Add(plan);
            }
        }

        byNumber = new Dictionary<string, List<Plan>>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (NumberKey(plan.Number?.Value) is { } key)
            {
                (byNumber.TryGetValue(key, out var list) ? list : byNumber[key] = []).Add(plan);
            }
        }

        childrenOf = new Dictionary<string, List<CascadeLink>>(StringComparer.Ordinal);
        parentOf = new Dictionary<string, CascadeLink>(StringComparer.Ordinal);
        var unresolved = new List<UnresolvedParent>();
        foreach (var child in plans)
        {
            var link = ResolveParent(child);
            if (link is not null)
            {
                parentOf[child.Id] = link;
                (childrenOf.TryGetValue(link.Parent.Id, out var list) ? list : childrenOf[link.Parent.Id] = []).Add(link);
            }
            else if (child.Parent is { } reference)
            {
                unresolved.Add(new UnresolvedParent(child, reference.Number ?? reference.Id ?? string.Empty));
            }
        }

        Links = parentOf.Values.OrderBy(l => l.Parent.Id, StringComparer.Ordinal).ThenBy(l => l.Child.Id, StringComparer.Ordinal).ToList();
        Unresolved = unresolved;
    }

    /// <summary>All plans, in load order.</summary>
    public IReadOnlyList<Plan> Plans { get; }

    /// <summary>All parent → child links, ordered by parent then child id.</summary>
    public IReadOnlyList<CascadeLink> Links { get; }

    /// <summary>Children whose declared parent was not loaded.</summary>
    public IReadOnlyList<UnresolvedParent> Unresolved { get; }

    /// <summary>Builds the index and the cascade links of <paramref name="plans"/>.</summary>
    public static PlanIndex Build(IReadOnlyList<Plan> plans) => new(plans);

    /// <summary>
    /// Key for matching document numbers: spacing, case and diacritics ignored, and the leading zeros of
    /// the running number dropped ("06/QĐ-UBQG" = "6/QĐ-UBQG"). Null for a blank number ("/KH-BV").
    /// </summary>
    public static string? NumberKey(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var key = VietnameseText.SymbolKey(number);
        var digits = 0;
        while (digits < key.Length && char.IsAsciiDigit(key[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return null;
        }

        var trimmed = key[..digits].TrimStart('0');
        return (trimmed.Length == 0 ? "0" : trimmed) + key[digits..];
    }

    /// <summary>The plan with this id.</summary>
    public Plan? ById(string id) => byId.GetValueOrDefault(id);

    /// <summary>Plans whose number has this <see cref="NumberKey"/>.</summary>
    public IReadOnlyList<Plan> ByNumber(string? number) =>
        NumberKey(number) is { } key && byNumber.TryGetValue(key, out var list) ? list : [];

    /// <summary>The link from this plan to its parent.</summary>
    public CascadeLink? ParentLink(Plan child) => parentOf.GetValueOrDefault(child.Id);

    /// <summary>The links from this plan to its children.</summary>
    public IReadOnlyList<CascadeLink> ChildLinks(Plan parent) => childrenOf.TryGetValue(parent.Id, out var list) ? list : [];

    private CascadeLink? ResolveParent(Plan child)
    {
        // A parent an authored plan file declares is taken at its word; a document's "parent" is only the importer's first
        // plan-like citation, so among a document's citations the parent is chosen below.
        if (child.Parent is { } reference && (child.Source is null || reference.Id is not null))
        {
            if (reference.Id is not null && byId.TryGetValue(reference.Id, out var byIdParent) && byIdParent != child)
            {
                return new CascadeLink(byIdParent, child, LinkBasis.ParentId);
            }

            if (Match(reference.Number, reference.Date, child) is { } byNumberParent)
            {
                return new CascadeLink(byNumberParent, child, LinkBasis.ParentNumber);
            }

            return null;
        }

        // Among the loaded plans the child cites, the parent is the closest level above it (a document may also rest on a
        // plan of its own level, as a dispatch on the plan of the same body), issued no later than the child, and not the
        // body's own plan for an earlier period ("Thực hiện Kế hoạch … năm 2011 của UBND thành phố" in a 2018 plan).
        var candidates = new List<(Plan Plan, Citation Citation, LinkBasis Basis)>();
        foreach (var basis in child.LegalBases)
        {
            if (Match(basis.Number, basis.Date, child) is { } cited)
            {
                candidates.Add((cited, basis, LinkBasis.Citation));
            }
            else if (NearMiss(basis, child) is { } near)
            {
                candidates.Add((near, basis, LinkBasis.NearMiss));
            }
        }

        // When none is plausible (a level read wrongly), the first cited plan is kept, so that CE-C008 can say what is wrong.
        var plausible = candidates.Where(c => IsPlausibleParent(c.Plan, child)).ToList();
        var best = (plausible.Count > 0 ? plausible : candidates.Where(c => c.Basis == LinkBasis.Citation).Take(1))
            .OrderBy(c => c.Basis == LinkBasis.NearMiss ? 1 : 0)
            .ThenBy(c => c.Plan.Level <= child.Level ? child.Level - c.Plan.Level : 99)
            .ThenByDescending(c => c.Plan.IssueDate?.Value.ToDate() ?? DateOnly.MinValue)
            .FirstOrDefault();
        return best.Plan is null ? null : new CascadeLink(best.Plan, child, best.Basis) { CitedAs = best.Citation };
    }

    private static bool IsPlausibleParent(Plan parent, Plan child)
    {
        if (parent.Level > child.Level)
        {
            return false;
        }

        if (parent.IssueDate?.Value.ToDate() is { } issued && child.IssueDate?.Value.ToDate() is { } mine && issued > mine)
        {
            return false;
        }

        // The same body's plan for another period is history, not the plan being carried out.
        return !SameIssuer(parent, child) || parent.Period is not { } period || child.ReferenceYear is not { } year || period.Value.Contains(year);
    }

    private static bool SameIssuer(Plan a, Plan b) =>
        VietnameseText.Fold(a.Issuer.Value) == VietnameseText.Fold(b.Issuer.Value);

    // A loaded plan whose number is one edit from the cited one, with the same complete date: a typing slip in the
    // child ("154" for "145"). Never a guess on the number alone.
    private Plan? NearMiss(Citation citation, Plan child)
    {
        if (citation.Date is not { IsComplete: true } date || NumberKey(citation.Number) is not { } cited)
        {
            return null;
        }

        // Among the plans of that date only (in load order): scanning every plan for every citation was quadratic.
        var matches = byDate.GetValueOrDefault(date, []).Where(p => p != child && NumberKey(p.Number?.Value) is { } key
            && key != cited && Text.SymbolDistance.Edits(key, cited) <= 1).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }


    private Plan? Match(string? number, PartialDate? date, Plan child)
    {
        var candidates = ByNumber(number).Where(p => p != child).ToList();
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        // Two plans share a number (reused numbering across issuers or years): the cited date decides.
        return candidates.FirstOrDefault(p => date is not null && p.IssueDate?.Value == date);
    }
}

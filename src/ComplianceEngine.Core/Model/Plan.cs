namespace ComplianceEngine.Core.Model;

/// <summary>Level of a plan in the cascade, from the top.</summary>
public enum PlanLevel
{
    /// <summary>Government, Prime Minister, national committee, ministry.</summary>
    National = 0,

    /// <summary>Province or city UBND, provincial committee.</summary>
    Province = 1,

    /// <summary>A Sở, or a district UBND.</summary>
    Department = 2,

    /// <summary>A hospital, health centre, commune.</summary>
    Unit = 3,
}

/// <summary>Whether the plan is a draft or has been issued.</summary>
public enum PlanStatus
{
    /// <summary>A draft may leave number and date blank.</summary>
    Draft,

    /// <summary>An issued plan must carry number and complete date.</summary>
    Issued,
}

/// <summary>A period of whole years, e.g. 2026 or 2016-2020.</summary>
public sealed record YearPeriod(int From, int To)
{
    /// <summary>True when the year lies in the period.</summary>
    public bool Contains(int year) => year >= From && year <= To;

    /// <inheritdoc />
    public override string ToString() => From == To ? $"{From}" : $"{From}-{To}";
}

/// <summary>
/// One plan at any level, as loaded from a YAML file or imported from a document.
/// Every element carries its <see cref="SourceLocation"/>.
/// </summary>
public sealed record Plan
{
    /// <summary>Stable id of the plan within a run.</summary>
    public required string Id { get; init; }

    /// <summary>Where the plan was read from; the location of the plan as a whole.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The document it was converted from, if any.</summary>
    public string? Source { get; init; }

    /// <summary>Number/symbol as written; null when absent.</summary>
    public Located<string>? Number { get; init; }

    /// <summary>Kế hoạch, Chương trình, …</summary>
    public string? DocumentType { get; init; }

    /// <summary>Title as one line.</summary>
    public required string Title { get; init; }

    /// <summary>Issuing body.</summary>
    public required Located<string> Issuer { get; init; }

    /// <summary>Kinds of unit the issuer is (benh-vien, so-y-te, …).</summary>
    public IReadOnlyList<string> UnitKinds { get; init; } = [];

    /// <summary>Level in the cascade.</summary>
    public required PlanLevel Level { get; init; }

    /// <summary>Place of issue.</summary>
    public string? Place { get; init; }

    /// <summary>Issue date; null when the field is absent.</summary>
    public Located<PartialDate>? IssueDate { get; init; }

    /// <summary>Years the plan covers.</summary>
    public Located<YearPeriod>? Period { get; init; }

    /// <summary>Draft or issued.</summary>
    public required PlanStatus Status { get; init; }

    /// <summary>Reference to the parent plan.</summary>
    public ParentReference? Parent { get; init; }

    /// <summary>The opening citations ("Căn cứ …", "Thực hiện …").</summary>
    public IReadOnlyList<Citation> LegalBases { get; init; } = [];

    /// <summary>Other citations in the body, footnotes and appendices.</summary>
    public IReadOnlyList<Citation> References { get; init; } = [];

    /// <summary>Top-level sections.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>Tasks and assigned duties.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];

    /// <summary>Reports and deliverables.</summary>
    public IReadOnlyList<PlanReport> Reports { get; init; } = [];

    /// <summary>Indicators and targets.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>"Nơi nhận".</summary>
    public IReadOnlyList<Located<string>> Recipients { get; init; } = [];

    /// <summary>Signer block.</summary>
    public Signer? Signer { get; init; }

    /// <summary>Waivers declared by the plan.</summary>
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    /// <summary>
    /// For a plan imported from a document: the fields the importer looked for and did not find (left empty,
    /// not guessed). Always empty for a structured YAML plan.
    /// </summary>
    public IReadOnlyList<ImportNote> ImportNotes { get; init; } = [];

    /// <summary>Every written time of the plan: task timelines (when given) and report due dates, with what they belong to.</summary>
    public IEnumerable<(string Kind, string Id, Located<string> Time)> TimeExpressions =>
        Tasks.Where(t => !string.IsNullOrWhiteSpace(t.Timeline?.Value)).Select(t => ("task", t.Id, t.Timeline!))
            .Concat(Reports.Select(r => ("report", r.Id, r.Due)));

    /// <summary>All citations, bases first.</summary>
    public IEnumerable<Citation> AllCitations => LegalBases.Concat(References);

    /// <summary>The year used to complete dates written without a year ("trước 25/5").</summary>
    public int? ReferenceYear => Period?.Value.From ?? IssueDate?.Value.Year;
}

/// <summary>A field an importer could not find in a document ("number", "issue-date", "signer" …), and where it looked.</summary>
/// <param name="Field">Stable key of the field kind.</param>
/// <param name="Location">Where the importer looked (the document, line 1 when the field has no place of its own).</param>
public sealed record ImportNote(string Field, SourceLocation Location)
{
    /// <summary>For a <c>duplicate-id</c> note: the id written twice in the document.</summary>
    public string? Id { get; init; }

    /// <summary>For a <c>duplicate-id</c> note: the id the item was given instead.</summary>
    public string? NewId { get; init; }

    /// <summary>For a <c>duplicate-id</c> note: the line of the first item with that id.</summary>
    public int First { get; init; }
}

/// <summary>A value with the location it was read from.</summary>
public sealed record Located<T>(T Value, SourceLocation Location);

/// <summary>The parent plan as referenced by a child.</summary>
public sealed record ParentReference(string? Id, string? Number, PartialDate? Date, string? Issuer, SourceLocation Location);

/// <summary>A citation of a document: "Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng Chính phủ …".</summary>
public sealed record Citation(
    string Type,
    string? Number,
    PartialDate? Date,
    string? Issuer,
    string? Title,
    string Raw,
    bool IsLegalBasis,
    SourceLocation Location,
    int? DocLine);

/// <summary>A Roman-numeral section.</summary>
public sealed record Section(string Number, string Title, SourceLocation Location);

/// <summary>A task or an assigned duty.</summary>
public sealed record PlanTask
{
    /// <summary>Unique id in the plan.</summary>
    public required string Id { get; init; }

    /// <summary>Numbering as written.</summary>
    public string? Number { get; init; }

    /// <summary>Section it belongs to.</summary>
    public string? Section { get; init; }

    /// <summary>Heading.</summary>
    public required string Title { get; init; }

    /// <summary>Bullets.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>Lead unit ("chủ trì").</summary>
    public Located<string>? LeadUnit { get; init; }

    /// <summary>Supporting units ("phối hợp").</summary>
    public IReadOnlyList<string> SupportingUnits { get; init; } = [];

    /// <summary>Units the task is addressed to; empty means every unit below.</summary>
    public IReadOnlyList<string> AssignedTo { get; init; } = [];

    /// <summary>Timeline as written.</summary>
    public Located<string>? Timeline { get; init; }

    /// <summary>Parent task or report ids this task implements.</summary>
    public IReadOnlyList<Located<string>> Implements { get; init; } = [];

    /// <summary>Where the task is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>What kind of item it is: an activity, an assigned duty, a request to a body outside the issuer's authority, or a duty of the issuer's own offices.</summary>
    public TaskKind Kind { get; init; }

    /// <summary>The lead unit, or the single unit the duty is assigned to.</summary>
    public string? EffectiveLeadUnit =>
        !string.IsNullOrWhiteSpace(LeadUnit?.Value) ? LeadUnit!.Value
        : AssignedTo.Count == 1 ? AssignedTo[0]
        : null;
}

/// <summary>What kind of item a task is; rules that ask for a lead unit or a timeline skip requests and internal duties.</summary>
public enum TaskKind
{
    /// <summary>An activity of the plan (the default).</summary>
    Activity,

    /// <summary>A duty the plan assigns to a body under the issuer ("2. Sở Y tế: …", "4. UBND các huyện: …").</summary>
    Assignment,

    /// <summary>A request to a body outside the issuer's authority ("Đề nghị Ủy ban MTTQ, Hội LHPN … phối hợp").</summary>
    Request,

    /// <summary>A duty of the issuer's own internal offices ("Các khoa, phòng …", "Các phòng chức năng thuộc Sở …").</summary>
    Internal,
}

/// <summary>Kind of deliverable.</summary>
public enum ReportKind
{
    /// <summary>Not stated.</summary>
    Other,

    /// <summary>The plan lower units must issue.</summary>
    Plan,

    /// <summary>Six-month report.</summary>
    SixMonth,

    /// <summary>Annual report.</summary>
    Annual,

    /// <summary>Quarterly report.</summary>
    Quarterly,

    /// <summary>Ad-hoc report.</summary>
    AdHoc,

    /// <summary>The report of a campaign or event ("kết quả Tháng hành động").</summary>
    Event,

    /// <summary>A data or statistics return ("số liệu", "thống kê", "báo cáo nhanh"), often monthly.</summary>
    Statistics,
}

/// <summary>A report or deliverable with its due date.</summary>
public sealed record PlanReport
{
    /// <summary>Unique id in the plan.</summary>
    public required string Id { get; init; }

    /// <summary>What is reported.</summary>
    public required string Title { get; init; }

    /// <summary>Kind of deliverable.</summary>
    public ReportKind Kind { get; init; }

    /// <summary>Due date as written.</summary>
    public required Located<string> Due { get; init; }

    /// <summary>True when the deadline comes back ("trước ngày 15 hằng tháng"): there is no single day to compare.</summary>
    public bool Recurring { get; init; }

    /// <summary>To whom.</summary>
    public string? Recipient { get; init; }

    /// <summary>Who must send it; empty = every unit below.</summary>
    public IReadOnlyList<string> From { get; init; } = [];

    /// <summary>Parent report or task ids this answers.</summary>
    public IReadOnlyList<Located<string>> Implements { get; init; } = [];

    /// <summary>Where written.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>Direction a target must move in.</summary>
public enum IndicatorDirection
{
    /// <summary>Not stated.</summary>
    Unspecified,

    /// <summary>Must rise.</summary>
    Increase,

    /// <summary>Must fall ("giảm").</summary>
    Decrease,

    /// <summary>Must be kept ("duy trì").</summary>
    Maintain,
}

/// <summary>An indicator ("chỉ tiêu").</summary>
public sealed record Indicator
{
    /// <summary>Unique id in the plan.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Unit as written.</summary>
    public string? Unit { get; init; }

    /// <summary>Baseline as written.</summary>
    public string? Baseline { get; init; }

    /// <summary>Target as written.</summary>
    public string? Target { get; init; }

    /// <summary>Direction.</summary>
    public IndicatorDirection Direction { get; init; }

    /// <summary>Target year.</summary>
    public int? Year { get; init; }

    /// <summary>Responsible unit.</summary>
    public string? Responsible { get; init; }

    /// <summary>Parent indicator ids.</summary>
    public IReadOnlyList<Located<string>> Implements { get; init; } = [];

    /// <summary>Where written.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>Signer block.</summary>
public sealed record Signer(string? Title, string? Name, SourceLocation Location);

/// <summary>A waiver of a finding, with its reason.</summary>
public sealed record Waiver(
    string Rule,
    string? Subject,
    string? Reason,
    string? ApprovedBy,
    DateOnly? Until,
    SourceLocation Location);

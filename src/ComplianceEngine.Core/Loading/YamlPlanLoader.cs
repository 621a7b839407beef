using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Core.Loading;

/// <summary>
/// Loads a plan from the structured YAML format (docs/plan-format.md), strictly: unknown keys,
/// duplicate keys, wrong types, missing fields and duplicate ids are <see cref="InputError"/>s
/// with their line and column; every element keeps its position.
/// </summary>
internal sealed partial class YamlPlanLoader
{
    private static readonly Dictionary<string, PlanLevel> Levels = new()
    {
        ["national"] = PlanLevel.National, ["province"] = PlanLevel.Province, ["department"] = PlanLevel.Department, ["unit"] = PlanLevel.Unit,
    };

    private static readonly Dictionary<string, PlanStatus> Statuses = new() { ["draft"] = PlanStatus.Draft, ["issued"] = PlanStatus.Issued };

    private static readonly Dictionary<string, ReportKind> ReportKinds = new()
    {
        ["plan"] = ReportKind.Plan, ["six-month"] = ReportKind.SixMonth, ["annual"] = ReportKind.Annual,
        ["quarterly"] = ReportKind.Quarterly, ["ad-hoc"] = ReportKind.AdHoc, ["other"] = ReportKind.Other,
        ["event"] = ReportKind.Event, ["statistics"] = ReportKind.Statistics,
    };

    private static readonly Dictionary<string, TaskKind> TaskKinds = new()
    {
        ["activity"] = TaskKind.Activity, ["assignment"] = TaskKind.Assignment, ["request"] = TaskKind.Request, ["internal"] = TaskKind.Internal,
    };
    private static readonly Dictionary<string, bool> Flags = new() { ["true"] = true, ["false"] = false };

    private static readonly Dictionary<string, IndicatorDirection> Directions = new()
    {
        ["increase"] = IndicatorDirection.Increase, ["decrease"] = IndicatorDirection.Decrease, ["maintain"] = IndicatorDirection.Maintain,
    };

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex IdRegex();

    [GeneratedRegex(@"^(\d{4})(?:-(\d{4}))?$")]
    private static partial Regex PeriodRegex();

    /// <summary>Loads the YAML text of one plan. <paramref name="file"/> is the path shown in errors and findings.</summary>
    /// <exception cref="InputErrorException">Never escapes <see cref="PlanLoader"/>; callers inside Core catch it.</exception>
    internal static Plan Parse(string text, string file) => Parse(text, file, InputLimits.Default);

    /// <summary>Loads the YAML text of one plan, held to <paramref name="limits"/> (nesting, expanded size).</summary>
    internal static Plan Parse(string text, string file, InputLimits limits)
    {
        var root = YamlDocumentReader.ReadRoot(text, file, limits);
        var m = YamlMapping.Of(root, file, "plan",
            "format", "id", "source", "constructed", "number", "document_type", "title", "issuer", "unit_kinds", "level", "place",
            "issue_date", "period", "status", "parent", "legal_bases", "references", "sections", "tasks", "reports", "indicators",
            "recipients", "signer", "waivers");

        var format = m.Located("format");
        if (format is not null && format.Value != "compliance-plan/1")
        {
            throw new InputErrorException(InputError.At(format.Location, "bad-format", ("value", format.Value)));
        }

        var id = m.RequiredLocated("id");
        if (!IdRegex().IsMatch(id.Value))
        {
            throw new InputErrorException(InputError.At(id.Location, "bad-id", ("value", id.Value)));
        }

        var plan = new Plan
        {
            Id = id.Value,
            Location = m.Location,
            Source = m.String("source"),
            Number = m.Located("number"),
            DocumentType = m.String("document_type"),
            Title = m.Required("title"),
            Issuer = m.RequiredLocated("issuer"),
            UnitKinds = m.Strings("unit_kinds").Select(s => s.Value).ToList(),
            Level = m.Enum("level", Levels) ?? throw Missing(m, "level"),
            Place = m.String("place"),
            IssueDate = m.Date("issue_date", allowPartial: true),
            Period = ReadPeriod(m),
            Status = m.Enum("status", Statuses) ?? throw Missing(m, "status"),
            Parent = m.Node("parent") is { } p ? ReadParent(p, file) : null,
            LegalBases = m.List("legal_bases", n => ReadCitation(n, file, isBasis: true)),
            References = m.List("references", n => ReadCitation(n, file, isBasis: false)),
            Sections = m.List("sections", n => ReadSection(n, file)),
            Tasks = m.List("tasks", n => ReadTask(n, file)),
            Reports = m.List("reports", n => ReadReport(n, file)),
            Indicators = m.List("indicators", n => ReadIndicator(n, file)),
            Recipients = m.Strings("recipients"),
            Signer = m.Node("signer") is { } s ? ReadSigner(s, file) : null,
            Waivers = m.List("waivers", n => ReadWaiver(n, file)),
        };

        RejectDuplicateIds(plan.Tasks.Select(t => (t.Id, t.Location)), "task");
        RejectDuplicateIds(plan.Reports.Select(r => (r.Id, r.Location)), "report");
        RejectDuplicateIds(plan.Indicators.Select(i => (i.Id, i.Location)), "indicator");
        return plan;
    }

    private static InputErrorException Missing(YamlMapping m, string key) =>
        new(InputError.At(m.Location, "missing-field", ("key", key), ("what", "plan")));

    private static Located<YearPeriod>? ReadPeriod(YamlMapping m)
    {
        var value = m.Located("period");
        if (value is null)
        {
            return null;
        }

        var match = PeriodRegex().Match(value.Value);
        if (!match.Success)
        {
            throw new InputErrorException(InputError.At(value.Location, "bad-period", ("value", value.Value)));
        }

        var from = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var to = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : from;
        if (to < from)
        {
            throw new InputErrorException(InputError.At(value.Location, "bad-period", ("value", value.Value)));
        }

        return new Located<YearPeriod>(new YearPeriod(from, to), value.Location);
    }

    private static ParentReference ReadParent(YamlNode node, string file)
    {
        var m = YamlMapping.Of(node, file, "parent", "id", "number", "date", "issuer");
        var id = m.String("id");
        var number = m.String("number");
        if (id is null && number is null)
        {
            throw new InputErrorException(InputError.At(m.Location, "missing-field", ("key", "id | number"), ("what", "parent")));
        }

        return new ParentReference(id, number, m.Date("date", allowPartial: true)?.Value, m.String("issuer"), m.Location);
    }

    private static Citation ReadCitation(YamlNode node, string file, bool isBasis)
    {
        var m = YamlMapping.Of(node, file, "citation", "type", "number", "date", "issuer", "title", "raw", "doc_line");
        return new Citation(m.Required("type"), m.String("number"), m.Date("date", allowPartial: true)?.Value, m.String("issuer"),
            m.String("title"), m.Required("raw"), isBasis, m.Location, m.Integer("doc_line"));
    }

    private static Section ReadSection(YamlNode node, string file)
    {
        var m = YamlMapping.Of(node, file, "section", "number", "title", "doc_line");
        _ = m.Integer("doc_line");
        return new Section(m.Required("number"), m.Required("title"), m.Location);
    }

    private static PlanTask ReadTask(YamlNode node, string file)
    {
        var m = YamlMapping.Of(node, file, "task",
            "id", "number", "section", "title", "details", "lead_unit", "supporting_units", "assigned_to", "timeline", "implements", "kind", "doc_line");
        _ = m.Integer("doc_line");
        return new PlanTask
        {
            Id = m.Required("id"),
            Number = m.String("number"),
            Section = m.String("section"),
            Title = m.Required("title"),
            Details = m.Strings("details").Select(s => s.Value).ToList(),
            LeadUnit = m.Located("lead_unit"),
            SupportingUnits = m.Strings("supporting_units").Select(s => s.Value).ToList(),
            AssignedTo = m.Strings("assigned_to").Select(s => s.Value).ToList(),
            Timeline = m.Located("timeline"),
            Implements = m.Strings("implements"),
            Kind = m.Enum("kind", TaskKinds) ?? TaskKind.Activity,
            Location = m.Location,
        };
    }

    private static PlanReport ReadReport(YamlNode node, string file)
    {
        var m = YamlMapping.Of(node, file, "report", "id", "title", "kind", "due", "recurring", "recipient", "from", "implements", "doc_line");
        _ = m.Integer("doc_line");
        return new PlanReport
        {
            Id = m.Required("id"),
            Title = m.Required("title"),
            Kind = m.Enum("kind", ReportKinds) ?? ReportKind.Other,
            Due = m.RequiredLocated("due"),
            Recurring = m.Enum("recurring", Flags) ?? false,
            Recipient = m.String("recipient"),
            From = m.Strings("from").Select(s => s.Value).ToList(),
            Implements = m.Strings("implements"),
            Location = m.Location,
        };
    }

    private static Indicator ReadIndicator(YamlNode node, string file)
    {
        var m = YamlMapping.Of(node, file, "indicator",
            "id", "name", "unit", "baseline", "target", "direction", "year", "responsible", "implements", "doc_line");
        _ = m.Integer("doc_line");
        return new Indicator
        {
            Id = m.Required("id"),
            Name = m.Required("name"),
            Unit = m.String("unit"),
            Baseline = m.String("baseline"),
            Target = m.String("target"),
            Direction = m.Enum("direction", Directions) ?? IndicatorDirection.Unspecified,
            Year = m.Integer("year"),
            Responsible = m.String("responsible"),
            Implements = m.Strings("implements"),
            Location = m.Location,
        };
    }

    private static Signer ReadSigner(YamlNode node, string file)
    {
        var m = YamlMapping.Of(node, file, "signer", "title", "name", "doc_line");
        _ = m.Integer("doc_line");
        return new Signer(m.String("title"), m.String("name"), m.Location);
    }

    private static Waiver ReadWaiver(YamlNode node, string file)
    {
        var m = YamlMapping.Of(node, file, "waiver", "rule", "subject", "reason", "approved_by", "until");
        var until = m.Date("until", allowPartial: false)?.Value.ToDate();
        var reason = m.String("reason");
        return new Waiver(m.Required("rule"), m.String("subject"), string.IsNullOrWhiteSpace(reason) ? null : reason, m.String("approved_by"), until, m.Location);
    }

    private static void RejectDuplicateIds(IEnumerable<(string Id, SourceLocation Location)> items, string what)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (id, location) in items)
        {
            if (!seen.TryAdd(id, location))
            {
                throw new InputErrorException(InputError.At(location, "duplicate-id", ("what", what), ("id", id), ("first", seen[id].Line.ToString(CultureInfo.InvariantCulture))));
            }
        }
    }
}

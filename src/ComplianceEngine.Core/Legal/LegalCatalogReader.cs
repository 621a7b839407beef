using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Core.Legal;

/// <summary>
/// Reads a legal-document catalogue (format <c>legal-catalog/1</c>, see <c>rules/catalogs/README-legal-documents.md</c>)
/// strictly: unknown and duplicate keys, wrong types, incomplete dates, bad periods and scopes, and symbols used twice
/// are <see cref="InputError"/>s at their line.
/// </summary>
internal static partial class LegalCatalogReader
{
    private static readonly string[] DocumentKeys =
    [
        "symbol", "type", "issuer", "issuer_aliases", "issue_date", "effective_date", "valid_until", "period", "replaced_by",
        "amended_by", "scope", "title", "aliases", "shared_names", "misspellings", "source", "uncertain",
    ];

    [GeneratedRegex(@"^(\d{4})(?:-(\d{4}))?$")]
    private static partial Regex PeriodRegex();

    [GeneratedRegex(@"^(national|(province|ministry):\S.*)$")]
    private static partial Regex ScopeRegex();

    public static LegalCatalog Parse(string text, string file)
    {
        var m = YamlMapping.Of(YamlDocumentReader.ReadRoot(text, file), file, "legal catalogue", "format", "abbreviations", "documents");
        var format = m.Located("format");
        if (format is not null && format.Value != "legal-catalog/1")
        {
            throw new InputErrorException(InputError.At(format.Location, "bad-format", ("value", format.Value)));
        }

        var abbreviations = ReadAbbreviations(m, file);
        var documents = m.List("documents", n => ReadDocument(n, file));
        var seen = new Dictionary<string, LegalDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var key = PlanIndex.NumberKey(document.Symbol)!;
            if (!seen.TryAdd(key, document))
            {
                throw new InputErrorException(InputError.At(document.Location, "duplicate-id",
                    ("what", "document"), ("id", document.Symbol), ("first", seen[key].Location.Line.ToString(CultureInfo.InvariantCulture))));
            }
        }

        return LegalCatalog.Create(documents, abbreviations);
    }

    private static Dictionary<string, string> ReadAbbreviations(YamlMapping m, string file)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (m.Node("abbreviations") is not { } node)
        {
            return result;
        }

        // Keys are the abbreviations themselves, so the mapping is read without a list of allowed keys.
        if (node is not YamlMappingNode mapping)
        {
            throw new InputErrorException(InputError.At(m.At(node), "expected-mapping", ("what", "abbreviations"), ("found", "list")));
        }

        foreach (var (k, v) in mapping.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? string.Empty;
            if (v is not YamlScalarNode { Value: { Length: > 0 } expansion })
            {
                throw new InputErrorException(InputError.At(m.At(v), "expected-string", ("key", key), ("found", v is YamlScalarNode ? "null" : "mapping")));
            }

            result[Text.VietnameseText.Clean(key)] = Text.VietnameseText.Clean(expansion);
        }

        return result;
    }

    private static LegalDocument ReadDocument(YamlNode node, string file)
    {
        var d = YamlMapping.Of(node, file, "document", DocumentKeys);
        var symbol = d.RequiredLocated("symbol");
        if (PlanIndex.NumberKey(symbol.Value) is null)
        {
            throw new InputErrorException(InputError.At(symbol.Location, "bad-enum", ("key", "symbol"), ("value", symbol.Value), ("allowed", "1696/QĐ-TTg, 56/2012/NĐ-CP, 21-CT/TW …")));
        }

        var scope = d.Located("scope");
        if (scope is not null && !ScopeRegex().IsMatch(scope.Value))
        {
            throw new InputErrorException(InputError.At(scope.Location, "bad-enum", ("key", "scope"), ("value", scope.Value), ("allowed", "national, province:<…>, ministry:<…>")));
        }

        var uncertain = d.Strings("uncertain");
        foreach (var field in uncertain.Where(f => !DocumentKeys.Contains(f.Value, StringComparer.Ordinal)))
        {
            throw new InputErrorException(InputError.At(field.Location, "bad-enum", ("key", "uncertain"), ("value", field.Value), ("allowed", string.Join(", ", DocumentKeys))));
        }

        return new LegalDocument
        {
            Symbol = symbol.Value,
            Type = d.Required("type"),
            Issuer = d.Required("issuer"),
            IssuerAliases = d.Strings("issuer_aliases").Select(s => s.Value).ToList(),
            IssueDate = PartialDate.From(Day(d, "issue_date") ?? throw Missing(d, "issue_date")),
            EffectiveDate = Day(d, "effective_date"),
            ValidUntil = Day(d, "valid_until"),
            Period = ReadPeriod(d),
            ReplacedBy = d.String("replaced_by"),
            AmendedBy = d.Strings("amended_by").Select(s => s.Value).ToList(),
            Scope = scope?.Value ?? "national",
            Title = d.String("title"),
            Aliases = d.Strings("aliases").Select(s => s.Value).ToList(),
            SharedNames = d.Strings("shared_names").Select(s => s.Value).ToList(),
            Misspellings = d.Strings("misspellings").Select(s => s.Value).ToList(),
            Source = d.String("source"),
            Uncertain = uncertain.Select(s => s.Value).ToHashSet(StringComparer.Ordinal),
            Location = d.Location,
        };
    }

    private static DateOnly? Day(YamlMapping d, string key)
    {
        var value = d.Date(key, allowPartial: false);
        if (value is null)
        {
            return null;
        }

        return value.Value.ToDate()
            ?? throw new InputErrorException(InputError.At(value.Location, "bad-date", ("key", key), ("value", value.Value.ToString())));
    }

    private static YearPeriod? ReadPeriod(YamlMapping d)
    {
        var value = d.Located("period");
        if (value is null)
        {
            return null;
        }

        var match = PeriodRegex().Match(value.Value);
        var from = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var to = match.Success && match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : from;
        if (!match.Success || to < from)
        {
            throw new InputErrorException(InputError.At(value.Location, "bad-period", ("value", value.Value)));
        }

        return new YearPeriod(from, to);
    }

    private static InputErrorException Missing(YamlMapping m, string key) =>
        new(InputError.At(m.Location, "missing-field", ("key", key), ("what", "document")));
}

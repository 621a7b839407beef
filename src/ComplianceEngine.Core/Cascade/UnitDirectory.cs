using System.Text;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Core.Cascade;

/// <summary>A kind of unit (<c>so</c>, <c>so-y-te</c>, <c>benh-vien</c> …), with the phrases that address all units of the kind.</summary>
/// <param name="Id">Kind id as used in a plan's <c>unit_kinds</c>.</param>
/// <param name="Parents">Wider kinds this one belongs to (<c>so-y-te</c> is a <c>so</c>).</param>
/// <param name="Collective">Phrases that address every unit of the kind ("các bệnh viện").</param>
/// <param name="Prefixes">Beginnings of a unit's own name that tell its kind ("Bệnh viện …").</param>
public sealed record UnitKindEntry(string Id, IReadOnlyList<string> Parents, IReadOnlyList<string> Collective, IReadOnlyList<string> Prefixes);

/// <summary>A canonical unit ("Sở Lao động - Thương binh và Xã hội") with the other ways it is written.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kinds">Its unit kinds.</param>
/// <param name="Aliases">Other full names and abbreviations ("Sở LĐTBXH").</param>
/// <param name="ListNames">Short names used after a list head ("Các Sở, ngành: <b>Y tế</b>, …").</param>
/// <param name="Location">Where the entry is written.</param>
public sealed record DirectoryUnit(string Id, string Name, IReadOnlyList<string> Kinds, IReadOnlyList<string> Aliases, IReadOnlyList<string> ListNames, SourceLocation Location);

/// <summary>A unit found in a piece of text, with the name (as written in the directory) that matched.</summary>
public sealed record UnitMention(DirectoryUnit Unit, string Alias);

/// <summary>A collective phrase found in an assignment, and the kinds it addresses.</summary>
public sealed record KindMention(string Phrase, IReadOnlyList<string> Kinds);

/// <summary>
/// The directory of units (<c>rules/catalogs/units.yaml</c>, format <c>unit-directory/1</c>): canonical units with their
/// aliases, unit kinds with their collective phrases, and the spellings that are folded together before matching.
/// Loaded strictly from YAML text; a user file can be merged over the built-in one.
/// </summary>
public sealed class UnitDirectory
{
    private readonly IReadOnlyList<(string Long, string Short)> spellings;
    private readonly IReadOnlyList<(string Key, string Phrase)> everyone;
    private readonly IReadOnlyList<string> listHeads;
    private readonly IReadOnlyDictionary<string, UnitKindEntry> kinds;
    private readonly IReadOnlyList<DirectoryUnit> units;

    // Keyed names, longest first, so that the longest name wins where two overlap.
    private readonly List<(string Key, DirectoryUnit Unit, string Alias)> aliasKeys;
    private readonly List<(string Key, DirectoryUnit Unit, string Alias)> listKeys;
    private readonly List<(string Key, UnitKindEntry Kind, string Phrase)> collectiveKeys;
    private readonly List<(string Key, UnitKindEntry Kind)> prefixKeys;
    private readonly List<string> listHeadKeys;

    private UnitDirectory(
        IReadOnlyList<(string Long, string Short)> spellings,
        IReadOnlyList<string> everyone,
        IReadOnlyList<string> listHeads,
        IReadOnlyDictionary<string, UnitKindEntry> kinds,
        IReadOnlyList<DirectoryUnit> units)
    {
        this.spellings = spellings.Select(s => (Plain(s.Long), Plain(s.Short))).OrderByDescending(s => s.Item1.Length).ThenBy(s => s.Item1, StringComparer.Ordinal).ToList();
        this.kinds = kinds;
        this.units = units;
        this.listHeads = listHeads;
        this.everyone = everyone.Select(p => (Key(p), p)).ToList();
        aliasKeys = units.SelectMany(u => new[] { u.Name }.Concat(u.Aliases).Select(a => (Key(a), u, a)))
            .Where(k => k.Item1.Length > 0).OrderByDescending(k => k.Item1.Length).ThenBy(k => k.Item1, StringComparer.Ordinal).ToList();
        listKeys = units.SelectMany(u => u.ListNames.Select(a => (Key(a), u, a)))
            .Where(k => k.Item1.Length > 0).OrderByDescending(k => k.Item1.Length).ThenBy(k => k.Item1, StringComparer.Ordinal).ToList();
        collectiveKeys = kinds.Values.SelectMany(k => k.Collective.Select(p => (Key(p), k, p)))
            .OrderByDescending(k => k.Item1.Length).ThenBy(k => k.Item1, StringComparer.Ordinal).ToList();
        prefixKeys = kinds.Values.SelectMany(k => k.Prefixes.Select(p => (Key(p), k)))
            .OrderByDescending(k => k.Item1.Length).ThenBy(k => k.Item1, StringComparer.Ordinal).ToList();
        listHeadKeys = listHeads.Select(Key).OrderByDescending(k => k.Length).ToList();
    }

    /// <summary>The canonical units.</summary>
    public IReadOnlyList<DirectoryUnit> Units => units;

    /// <summary>The unit kinds by id.</summary>
    public IReadOnlyDictionary<string, UnitKindEntry> Kinds => kinds;

    /// <summary>Reads a directory from YAML text; an input error (with its line) instead when the text is malformed.</summary>
    public static (UnitDirectory? Directory, InputError? Error) TryLoad(string path)
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

    /// <summary>Reads a unit directory from YAML text; an input error instead when it is malformed.</summary>
    public static (UnitDirectory? Directory, InputError? Error) TryParse(string yaml, string file)
    {
        try
        {
            return (Parse(yaml, file), null);
        }
        catch (InputErrorException e)
        {
            return (null, e.Error);
        }
    }

    /// <summary>Reads a directory from YAML text.</summary>
    /// <exception cref="InputErrorException">On a malformed file, with its position.</exception>
    internal static UnitDirectory Parse(string yaml, string file)
    {
        var m = YamlMapping.Of(YamlDocumentReader.ReadRoot(yaml, file), file, "unit directory", "format", "spellings", "everyone", "list_heads", "kinds", "units");
        var format = m.Located("format");
        if (format is null || format.Value != "unit-directory/1")
        {
            throw new InputErrorException(InputError.At(format?.Location ?? m.Location, "bad-format", ("value", format?.Value ?? string.Empty)));
        }

        var spellings = m.List("spellings", n =>
        {
            var s = YamlMapping.Of(n, file, "spelling", "long", "short");
            return (s.Required("long"), s.Required("short"));
        });

        var kinds = new Dictionary<string, UnitKindEntry>(StringComparer.Ordinal);
        var kindLines = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var k in m.List("kinds", n => YamlMapping.Of(n, file, "unit kind", "id", "parents", "collective", "prefixes")))
        {
            var id = k.RequiredLocated("id");
            if (!kindLines.TryAdd(id.Value, id.Location))
            {
                throw Duplicate(id, "unit kind", kindLines[id.Value]);
            }

            kinds[id.Value] = new UnitKindEntry(id.Value, Values(k, "parents"), Values(k, "collective"), Values(k, "prefixes"));
        }

        var units = new List<DirectoryUnit>();
        var unitLines = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var u in m.List("units", n => YamlMapping.Of(n, file, "unit", "id", "name", "kinds", "aliases", "list_names")))
        {
            var id = u.RequiredLocated("id");
            if (!unitLines.TryAdd(id.Value, id.Location))
            {
                throw Duplicate(id, "unit", unitLines[id.Value]);
            }

            var unitKinds = u.Strings("kinds");
            foreach (var kind in unitKinds.Where(k => !kinds.ContainsKey(k.Value)))
            {
                throw new InputErrorException(InputError.At(kind.Location, "bad-enum", ("key", "kinds"), ("value", kind.Value), ("allowed", string.Join(", ", kinds.Keys.Order(StringComparer.Ordinal)))));
            }

            units.Add(new DirectoryUnit(id.Value, u.Required("name"), unitKinds.Select(k => k.Value).ToList(), Values(u, "aliases"), Values(u, "list_names"), u.Location));
        }

        foreach (var (id, kind) in kinds)
        {
            if (kind.Parents.FirstOrDefault(p => !kinds.ContainsKey(p)) is { } unknown)
            {
                throw new InputErrorException(InputError.At(kindLines[id], "bad-enum", ("key", "parents"), ("value", unknown), ("allowed", string.Join(", ", kinds.Keys.Order(StringComparer.Ordinal)))));
            }
        }

        var directory = new UnitDirectory(spellings, Values(m, "everyone"), Values(m, "list_heads"), kinds, units);
        directory.RejectAmbiguousAliases();
        return directory;
    }

    /// <summary>
    /// This directory with <paramref name="user"/> laid over it: a unit or kind with a known id gains the user's
    /// aliases, names, kinds and phrases; new ids are added; phrases and spellings are added to the built-in ones.
    /// </summary>
    public UnitDirectory Merge(UnitDirectory user)
    {
        var mergedKinds = new Dictionary<string, UnitKindEntry>(kinds, StringComparer.Ordinal);
        foreach (var (id, kind) in user.kinds)
        {
            mergedKinds[id] = mergedKinds.TryGetValue(id, out var mine)
                ? new UnitKindEntry(id, Union(mine.Parents, kind.Parents), Union(mine.Collective, kind.Collective), Union(mine.Prefixes, kind.Prefixes))
                : kind;
        }

        var mergedUnits = units.ToList();
        foreach (var unit in user.units)
        {
            var at = mergedUnits.FindIndex(u => u.Id == unit.Id);
            if (at < 0)
            {
                mergedUnits.Add(unit);
                continue;
            }

            var mine = mergedUnits[at];
            mergedUnits[at] = mine with
            {
                Kinds = Union(mine.Kinds, unit.Kinds),
                Aliases = Union(mine.Aliases, [unit.Name, .. unit.Aliases]),
                ListNames = Union(mine.ListNames, unit.ListNames),
            };
        }

        var merged = new UnitDirectory(
            [.. spellings, .. user.spellings],
            Union(everyone.Select(e => e.Phrase).ToList(), user.everyone.Select(e => e.Phrase).ToList()),
            Union(listHeads, user.listHeads),
            mergedKinds,
            mergedUnits);
        merged.RejectAmbiguousAliases();
        return merged;
    }

    /// <summary>
    /// Comparison key of a unit name: folded (lower case, no diacritics), punctuation dropped, "&amp;" read as "và",
    /// and the directory's spellings applied, so "Sở Lao động-TB&amp;XH" and "Sở LĐTBXH" give the same key.
    /// </summary>
    public string Key(string text)
    {
        var key = " " + Plain(text) + " ";
        string before;
        var passes = 0;
        do
        {
            // A spelling may produce the long form of another ("Ủy ban Mặt trận Tổ quốc" → "Ủy ban MTTQ" → "UBMTTQ").
            before = key;
            foreach (var (longForm, shortForm) in spellings)
            {
                if (longForm.Length > 0)
                {
                    key = key.Replace(" " + longForm + " ", " " + shortForm + " ", StringComparison.Ordinal);
                }
            }
        }
        while (key != before && ++passes < 4);

        return key.Trim();
    }

    /// <summary>The known units named in <paramref name="text"/> (longest names first, no overlaps).</summary>
    public IReadOnlyList<UnitMention> Resolve(string text) => AsWritten(Find(Key(text), aliasKeys), text);

    /// <summary>
    /// When <paramref name="assignee"/> is a list such as "Các Sở, ngành: Y tế, Giáo dục và Đào tạo", the units it names;
    /// null when it is not a list.
    /// </summary>
    public IReadOnlyList<UnitMention>? ResolveList(string assignee)
    {
        var colon = assignee.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var head = Key(assignee[..colon]);
        if (!listHeadKeys.Contains(head, StringComparer.Ordinal))
        {
            return null;
        }

        // The list ends with the sentence: "… Công an thành phố Hà Nội và các cơ quan liên quan căn cứ Kế hoạch …".
        var tail = assignee[(colon + 1)..];
        var end = tail.IndexOfAny(['.', ';', '\n']);
        var list = end >= 0 ? tail[..end] : tail;
        return AsWritten(Find(Key(list), [.. listKeys, .. aliasKeys]), list);
    }

    /// <summary>The phrase of <paramref name="assignee"/> that addresses every unit below ("các đơn vị trực thuộc"), if any.</summary>
    public string? EveryonePhrase(string assignee)
    {
        var key = " " + Key(assignee) + " ";
        return everyone.FirstOrDefault(e => e.Key.Length > 0 && key.Contains(" " + e.Key + " ", StringComparison.Ordinal)).Phrase;
    }

    /// <summary>The collective phrases of <paramref name="assignee"/> ("các bệnh viện", "UBND các quận, huyện, thị xã") and the kinds they address.</summary>
    public IReadOnlyList<KindMention> Collectives(string assignee)
    {
        var key = " " + Key(assignee) + " ";
        var found = new List<KindMention>();
        foreach (var (phraseKey, kind, phrase) in collectiveKeys)
        {
            if (phraseKey.Length > 0 && key.Contains(" " + phraseKey + " ", StringComparison.Ordinal))
            {
                found.Add(new KindMention(phrase, [kind.Id]));
            }
        }

        return found;
    }

    /// <summary>
    /// Everything known about the issuer of <paramref name="plan"/>: its declared <c>unit_kinds</c>, the units its
    /// issuer names, the kinds those units and the issuer's name prefix imply, with every wider kind added.
    /// </summary>
    public UnitIdentity Identify(Plan plan)
    {
        var named = Resolve(plan.Issuer.Value);
        var declared = new List<string>(plan.UnitKinds);
        declared.AddRange(named.SelectMany(n => n.Unit.Kinds));
        var issuerKey = Key(plan.Issuer.Value);
        foreach (var (prefix, kind) in prefixKeys)
        {
            if (prefix.Length > 0 && (issuerKey == prefix || issuerKey.StartsWith(prefix + " ", StringComparison.Ordinal)))
            {
                declared.Add(kind.Id);
                break;
            }
        }

        var all = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(declared);
        while (queue.TryDequeue(out var kind))
        {
            if (all.Add(kind) && kinds.TryGetValue(kind, out var entry))
            {
                foreach (var parent in entry.Parents)
                {
                    queue.Enqueue(parent);
                }
            }
        }

        return new UnitIdentity(plan.Issuer.Value, issuerKey, named, all);
    }

    // Names that differ only by a spelling ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội") share a key: report the one
    // written in the text, so that a reason says "recognised by the name “Sở LĐTBXH”" when that is what the plan says.
    private IReadOnlyList<UnitMention> AsWritten(List<UnitMention> found, string text)
    {
        var plain = " " + Plain(text) + " ";
        return found.Select(f =>
        {
            var written = new[] { f.Unit.Name }.Concat(f.Unit.Aliases).Concat(f.Unit.ListNames)
                .FirstOrDefault(a => Key(a) == Key(f.Alias) && plain.Contains(" " + Plain(a) + " ", StringComparison.Ordinal));
            return written is null ? f : f with { Alias = written };
        }).ToList();
    }

    private static List<UnitMention> Find(string key, List<(string Key, DirectoryUnit Unit, string Alias)> names)
    {
        var padded = " " + key + " ";
        var taken = new bool[padded.Length];
        var found = new List<UnitMention>();
        foreach (var (nameKey, unit, alias) in names)
        {
            var needle = " " + nameKey + " ";
            var at = padded.IndexOf(needle, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (!taken.AsSpan(at + 1, nameKey.Length).Contains(true))
                {
                    taken.AsSpan(at + 1, nameKey.Length).Fill(true);
                    if (found.All(f => f.Unit.Id != unit.Id))
                    {
                        found.Add(new UnitMention(unit, alias));
                    }
                }

                at = padded.IndexOf(needle, at + 1, StringComparison.Ordinal);
            }
        }

        return found;
    }

    // Folded, "&" read as "và", every other non-letter, non-digit a space, white space collapsed.
    private static string Plain(string text)
    {
        var folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(folded.Length + 8);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c == '&')
            {
                sb.Append(" va ");
            }
            else
            {
                sb.Append(' ');
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private void RejectAmbiguousAliases()
    {
        var owner = new Dictionary<string, DirectoryUnit>(StringComparer.Ordinal);
        foreach (var (key, unit, alias) in aliasKeys)
        {
            if (owner.TryGetValue(key, out var other) && other.Id != unit.Id)
            {
                // Two units may not share a name: "Sở LĐTBXH" must mean one unit.
                throw new InputErrorException(InputError.At(unit.Location, "duplicate-id",
                    ("what", "unit alias"), ("id", $"{alias} ({unit.Id}, {other.Id})"), ("first", other.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }

            owner[key] = unit;
        }
    }

    private static IReadOnlyList<string> Values(YamlMapping m, string key) => m.Strings(key).Select(s => s.Value).Where(s => s.Length > 0).ToList();

    private static IReadOnlyList<string> Union(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.Concat(b).Distinct(StringComparer.Ordinal).ToList();

    private static InputErrorException Duplicate(Located<string> id, string what, SourceLocation first) =>
        new(InputError.At(id.Location, "duplicate-id", ("what", what), ("id", id.Value), ("first", first.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}

/// <summary>Who issued a plan, as the directory understands it.</summary>
/// <param name="Issuer">The issuer as written.</param>
/// <param name="IssuerKey">Its comparison key.</param>
/// <param name="Units">Known units its name mentions ("Ban … ngành Y tế (Sở Y tế Thanh Hóa)" → Sở Y tế, Ban VSTBCPN).</param>
/// <param name="Kinds">Its unit kinds, declared and inferred, with every wider kind.</param>
public sealed record UnitIdentity(string Issuer, string IssuerKey, IReadOnlyList<UnitMention> Units, IReadOnlySet<string> Kinds);

using ComplianceEngine.Core.Loading;

namespace ComplianceEngine.Core.Coverage;

/// <summary>
/// Abbreviations and their expansions (<c>rules/catalogs/abbreviations.yaml</c>, format <c>abbreviation-table/1</c>):
/// "BĐG" → "bình đẳng giới", "VSTBCPN" → "vì sự tiến bộ của phụ nữ", "LĐ-TB&amp;XH" → "lao động thương binh và xã hội".
/// Matching is on syllable keys, so case and diacritics do not matter ("BĐG" = "BDG").
/// </summary>
public sealed class AbbreviationTable
{
    private readonly Dictionary<string, Syllable[]> expansions;

    private AbbreviationTable(Dictionary<string, Syllable[]> expansions)
    {
        this.expansions = expansions;
        foreach (var key in expansions.Keys)
        {
            var first = key.Split(' ')[0];
            firstSyllables[first] = Math.Max(firstSyllables.GetValueOrDefault(first), key.Count(c => c == ' ') + 1);
        }
    }

    // First syllable of an abbreviation → the most syllables an abbreviation starting with it has: most syllables start
    // none, and are passed over without building the joined keys of the following ones.
    private readonly Dictionary<string, int> firstSyllables = new(StringComparer.Ordinal);

    /// <summary>A table that expands nothing.</summary>
    public static AbbreviationTable Empty { get; } = new([]);

    /// <summary>Number of abbreviations.</summary>
    public int Count => expansions.Count;

    /// <summary>Reads a table from YAML text; an input error (with its line) instead when it is malformed.</summary>
    public static (AbbreviationTable? Table, InputError? Error) TryParse(string yaml, string file)
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

    /// <summary>Reads a table from YAML text.</summary>
    /// <exception cref="InputErrorException">On a malformed file, with its position.</exception>
    internal static AbbreviationTable Parse(string yaml, string file)
    {
        var m = YamlMapping.Of(YamlDocumentReader.ReadRoot(yaml, file), file, "abbreviation table", "format", "abbreviations");
        var format = m.Located("format");
        if (format is null || format.Value != "abbreviation-table/1")
        {
            throw new InputErrorException(InputError.At(format?.Location ?? m.Location, "bad-format", ("value", format?.Value ?? string.Empty)));
        }

        var expansions = new Dictionary<string, Syllable[]>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in m.List("abbreviations", n => YamlMapping.Of(n, file, "abbreviation", "short", "long")))
        {
            var shortForm = entry.RequiredLocated("short");
            var key = string.Join(' ', SyllableReader.Read(shortForm.Value).Select(s => s.Key));
            if (key.Length == 0)
            {
                throw new InputErrorException(InputError.At(shortForm.Location, "empty-field", ("key", "short"), ("what", "abbreviation")));
            }

            if (!lines.TryAdd(key, shortForm.Location.Line))
            {
                throw new InputErrorException(InputError.At(shortForm.Location, "duplicate-id", ("what", "abbreviation"), ("id", shortForm.Value), ("first", lines[key].ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }

            expansions[key] = SyllableReader.Read(entry.Required("long")).ToArray();
        }

        return new AbbreviationTable(expansions);
    }

    /// <summary>The syllables with every abbreviation replaced by its expansion, longest abbreviation first.</summary>
    public IReadOnlyList<Syllable> Expand(IReadOnlyList<Syllable> syllables)
    {
        if (expansions.Count == 0)
        {
            return syllables;
        }

        var result = new List<Syllable>(syllables.Count + 8);
        var i = 0;
        while (i < syllables.Count)
        {
            var matched = false;
            var most = firstSyllables.GetValueOrDefault(syllables[i].Key);
            for (var length = Math.Min(most, syllables.Count - i); length >= 1 && !matched; length--)
            {
                var key = length == 1 ? syllables[i].Key : string.Join(' ', Enumerable.Range(i, length).Select(j => syllables[j].Key));
                if (expansions.TryGetValue(key, out var expansion))
                {
                    for (var e = 0; e < expansion.Length; e++)
                    {
                        result.Add(e == 0 ? expansion[e] with { Mark = syllables[i].Mark } : expansion[e]);
                    }

                    i += length;
                    matched = true;
                }
            }

            if (!matched)
            {
                result.Add(syllables[i]);
                i++;
            }
        }

        return result;
    }
}

using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Word's automatic numbering turned into the text a reader sees: "1.", "4.1.", "II.", "-", "+". Reads the numbering part
/// (abstractNum levels with their format — decimal, upperRoman, bullet … — level text "%1.%2." and start value, num
/// instances with start overrides) and counts paragraphs in document order, a level restarting when a higher one moves on.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, NumberingInstance> instances = [];
    private readonly Dictionary<int, AbstractNum> abstracts = [];
    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?[]> counters = new(StringComparer.Ordinal);

    /// <summary>Reads the definitions of the numbering and styles parts (either may be missing).</summary>
    public WordNumbering(Numbering? numbering, Styles? styleDefinitions)
    {
        foreach (var a in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (Int(a.AbstractNumberId) is int id)
            {
                abstracts[id] = a;
            }
        }

        foreach (var n in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (Int(n.NumberID) is int id)
            {
                instances[id] = n;
            }
        }

        foreach (var s in styleDefinitions?.Elements<Style>() ?? [])
        {
            if (s.StyleId?.Value is { } id)
            {
                styles[id] = s;
            }
        }
    }

    /// <summary>The label of <paramref name="paragraph"/> ("4.1.", "-"), or null when it is not numbered. Advances the counters.</summary>
    public string? Next(W.Paragraph paragraph)
    {
        var (numId, level) = Reference(paragraph);
        if (numId is null or 0 || !instances.TryGetValue(numId.Value, out var instance)
            || Int(instance.AbstractNumId?.Val) is not int abstractId || !abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return null;
        }

        var ilvl = Math.Clamp(level ?? 0, 0, 8);
        var overrides = instance.Elements<LevelOverride>().ToList();
        var key = overrides.Count > 0 ? "n" + numId.Value : "a" + abstractId;
        if (!counters.TryGetValue(key, out var values))
        {
            values = new int?[9];
            counters[key] = values;
        }

        var levels = Enumerable.Range(0, 9).Select(k => LevelOf(abstractNum, overrides, k)).ToArray();
        values[ilvl] = values[ilvl] is int v && v < int.MaxValue ? v + 1 : Start(levels[ilvl], overrides, ilvl);
        for (var k = ilvl + 1; k < 9; k++)
        {
            values[k] = null;
        }

        var lvl = levels[ilvl];
        var format = Format(lvl);
        var text = lvl?.LevelText?.Val?.Value ?? string.Empty;
        if (format == NumberFormatValues.Bullet)
        {
            return Bullet(text);
        }

        if (format == NumberFormatValues.None)
        {
            return text.Length > 0 && !text.Contains('%') ? text : null;
        }

        var legal = lvl?.IsLegalNumberingStyle is not null;
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var k = text[i + 1] - '1';
                i++;
                if (k >= 0 && k <= ilvl)
                {
                    var value = values[k] ?? Start(levels[k], overrides, k);
                    sb.Append(Format(value, legal && k < ilvl ? NumberFormatValues.Decimal : Format(levels[k])));
                }

                continue;
            }

            sb.Append(text[i]);
        }

        var label = sb.ToString().Trim();
        return label.Length > 0 ? label : null;
    }

    private (int? NumId, int? Level) Reference(W.Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = Int(direct?.NumberingId?.Val);
        int? level = Int(direct?.NumberingLevelReference?.Val);
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var guard = 0; styleId is not null && guard < 10 && (numId is null || level is null); guard++)
        {
            if (!styles.TryGetValue(styleId, out var style))
            {
                break;
            }

            var fromStyle = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= Int(fromStyle?.NumberingId?.Val);
            level ??= Int(fromStyle?.NumberingLevelReference?.Val);
            styleId = style.BasedOn?.Val?.Value;
        }

        return (numId, level);
    }

    private static Level? LevelOf(AbstractNum abstractNum, List<LevelOverride> overrides, int ilvl) =>
        overrides.FirstOrDefault(o => Int(o.LevelIndex) == ilvl)?.Level
        ?? abstractNum.Elements<Level>().FirstOrDefault(l => Int(l.LevelIndex) == ilvl);

    private static int Start(Level? level, List<LevelOverride> overrides, int ilvl) =>
        Int(overrides.FirstOrDefault(o => Int(o.LevelIndex) == ilvl)?.StartOverrideNumberingValue?.Val)
        ?? Int(level?.StartNumberingValue?.Val)
        ?? 1;

    // A number written in the file: null when missing or not an integer ("abc", "99999999999"); the OpenXml value
    // properties throw FormatException / OverflowException on those.
    private static int? Int(DocumentFormat.OpenXml.OpenXmlSimpleType? value) =>
        value?.InnerText is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A number written in the file (a footnote id), or null when it is missing or not an integer.</summary>
    internal static long? Long(DocumentFormat.OpenXml.OpenXmlSimpleType? value) =>
        value?.InnerText is { } text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    // The numbering format of a level; null when missing or not one Word defines.
    private static NumberFormatValues? Format(Level? level)
    {
        var value = level?.NumberingFormat?.Val;
        if (value is null || string.IsNullOrEmpty(value.InnerText))
        {
            return null;
        }

        try
        {
            return value.Value;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Format(int value, NumberFormatValues? format)
    {
        if ((format == NumberFormatValues.UpperRoman || format == NumberFormatValues.LowerRoman) && value is > 0 and < 4000)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if (format == NumberFormatValues.UpperLetter || format == NumberFormatValues.LowerLetter)
        {
            var letter = ((char)('a' + (((value - 1) % 26) + 26) % 26)).ToString();
            return format == NumberFormatValues.UpperLetter ? letter.ToUpperInvariant() : letter;
        }

        if (format == NumberFormatValues.DecimalZero)
        {
            return value.ToString("D2", CultureInfo.InvariantCulture); // a negative start stays a plain number below
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        var sb = new StringBuilder();
        foreach (var (n, s) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (value >= n)
            {
                sb.Append(s);
                value -= n;
            }
        }

        return sb.ToString();
    }

    // Bullets drawn from the Symbol / Wingdings fonts sit in the private use area; give the character a reader sees.
    private static string Bullet(string text) => text switch
    {
        "\uF0B7" or "\uF0A8" or "\uF0FC" or "\uF0D8" or "\uF076" or "●" => "•",
        "\uF0A7" or "\uF06E" or "■" => "▪",
        "o" => "◦",
        "–" or "—" or "\uF02D" => "-",
        "" => "•",
        _ => text,
    };
}

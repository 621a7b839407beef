namespace ComplianceEngine.Core.Localization;

/// <summary>Language of human-facing text.</summary>
public enum Language
{
    /// <summary>Vietnamese, the default.</summary>
    Vi,

    /// <summary>English.</summary>
    En,
}

/// <summary>A text in Vietnamese and English, with <c>{name}</c> placeholders.</summary>
public sealed record LocalizedText(string Vi, string En)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string For(Language language) => language == Language.En ? En : Vi;

    /// <summary>The text in <paramref name="language"/> with placeholders filled from <paramref name="args"/>.</summary>
    public string Format(Language language, IReadOnlyDictionary<string, string> args) => Placeholders.Fill(For(language), args);
}

/// <summary>Fills <c>{name}</c> placeholders.</summary>
internal static class Placeholders
{
    /// <summary>Replaces each <c>{name}</c> by its value; an unknown name is left as it is.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> args)
    {
        var sb = new System.Text.StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            sb.Append(args.TryGetValue(name, out var value) ? value : template[open..(close + 1)]);
            i = close + 1;
        }

        return sb.ToString();
    }

    /// <summary>Names of the placeholders used in <paramref name="template"/>.</summary>
    public static IEnumerable<string> Names(string template)
    {
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return template[(i + 1)..close];
            i = close + 1;
        }
    }
}

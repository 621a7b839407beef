namespace ComplianceEngine.Core.Text;

/// <summary>Distances between number keys of symbols, for suggesting the document a mistyped citation meant.</summary>
internal static class SymbolDistance
{
    // How many characters must change, order aside: a swap of digits changes none.
    public static int Letters(string a, string b)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in a)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        foreach (var c in b)
        {
            counts[c] = counts.GetValueOrDefault(c) - 1;
        }

        return counts.Values.Sum(Math.Abs);
    }

    // Optimal string alignment distance: a swap of neighbouring characters counts as one edit.
    public static int Edits(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

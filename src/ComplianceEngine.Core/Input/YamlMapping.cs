using System.Globalization;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Core.Input;

/// <summary>
/// Strict, position-keeping access to one YAML mapping: every key read is remembered, and
/// <see cref="RejectUnknownKeys"/> turns any other key into an <see cref="InputError"/> at its line.
/// </summary>
internal sealed class YamlMapping
{
    private readonly YamlMappingNode node;
    private readonly string file;
    private readonly string what;
    private readonly HashSet<string> allowed;

    private YamlMapping(YamlMappingNode node, string file, string what, IEnumerable<string> allowed)
    {
        this.node = node;
        this.file = file;
        this.what = what;
        this.allowed = new HashSet<string>(allowed, StringComparer.Ordinal);
        RejectUnknownKeys();
    }

    public SourceLocation Location => At(node);

    public static YamlMapping Of(YamlNode node, string file, string what, params string[] allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw Error(file, node, "expected-mapping", ("what", what), ("found", Describe(node)));
        }

        return new YamlMapping(mapping, file, what, allowed);
    }

    public SourceLocation At(YamlNode n) => new(file, (int)n.Start.Line, (int)n.Start.Column);

    public YamlNode? Node(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public string? String(string key) => Located(key)?.Value;

    public Located<string>? Located(string key)
    {
        var value = Node(key);
        if (value is null)
        {
            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            throw Error(file, value, "expected-string", ("key", key), ("found", Describe(value)));
        }

        return new Located<string>(VietnameseText.Clean(scalar.Value ?? string.Empty), At(value));
    }

    public Located<string> RequiredLocated(string key) =>
        Located(key) ?? throw Error(file, node, "missing-field", ("key", key), ("what", what));

    public string Required(string key)
    {
        var value = RequiredLocated(key);
        if (value.Value.Length == 0)
        {
            throw new InputErrorException(InputError.At(value.Location, "empty-field", ("key", key), ("what", what)));
        }

        return value.Value;
    }

    public int? Integer(string key)
    {
        var value = Located(key);
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InputErrorException(InputError.At(value.Location, "expected-integer", ("key", key), ("value", value.Value)));
    }

    public Located<PartialDate>? Date(string key, bool allowPartial)
    {
        var value = Located(key);
        if (value is null)
        {
            return null;
        }

        if (!PartialDate.TryParseIso(value.Value, out var date) || (!allowPartial && !date.IsComplete))
        {
            throw new InputErrorException(InputError.At(value.Location, allowPartial ? "bad-partial-date" : "bad-date", ("key", key), ("value", value.Value)));
        }

        return new Located<PartialDate>(date, value.Location);
    }

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        var value = Located(key);
        if (value is null)
        {
            return null;
        }

        return values.TryGetValue(value.Value, out var result)
            ? result
            : throw new InputErrorException(InputError.At(value.Location, "bad-enum", ("key", key), ("value", value.Value), ("allowed", string.Join(", ", values.Keys))));
    }

    public IReadOnlyList<Located<string>> Strings(string key)
    {
        var value = Node(key);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw Error(file, value, "expected-string-list", ("key", key), ("found", Describe(value)));
        }

        var result = new List<Located<string>>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode scalar || IsNull(item))
            {
                throw Error(file, item, "expected-string-list", ("key", key), ("found", Describe(item)));
            }

            result.Add(new Located<string>(VietnameseText.Clean(scalar.Value ?? string.Empty), At(item)));
        }

        return result;
    }

    public IReadOnlyList<T> List<T>(string key, Func<YamlNode, T> read)
    {
        var value = Node(key);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            throw Error(file, value, "expected-list", ("key", key), ("found", Describe(value)));
        }

        return sequence.Children.Select(read).ToList();
    }

    private void RejectUnknownKeys()
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name))
            {
                throw Error(file, key, "unknown-key", ("key", name), ("what", what), ("allowed", string.Join(", ", allowed.Order(StringComparer.Ordinal))));
            }
        }
    }

    private static bool IsNull(YamlNode n) =>
        n is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Describe(YamlNode n) => n switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        YamlScalarNode s when IsNull(s) => "null",
        YamlScalarNode s => $"'{s.Value}'",
        _ => n.NodeType.ToString(),
    };

    private static InputErrorException Error(string file, YamlNode at, string code, params (string, string)[] args) =>
        new(InputError.At(new SourceLocation(file, (int)at.Start.Line, (int)at.Start.Column), code, args));
}

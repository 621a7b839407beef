using ComplianceEngine.Core.Loading;

namespace ComplianceEngine.Core.Engine;

/// <summary>Reads a rule descriptor YAML (see rules/README.md), strictly.</summary>
internal static class RuleDescriptorReader
{
    private static readonly Dictionary<string, Severity> Severities = new()
    {
        ["error"] = Severity.Error, ["warning"] = Severity.Warning, ["info"] = Severity.Info,
    };

    private static readonly Dictionary<string, RuleCategory> Categories = new()
    {
        ["plan"] = RuleCategory.Plan, ["task"] = RuleCategory.Task, ["legal"] = RuleCategory.Legal, ["cascade"] = RuleCategory.Cascade,
    };

    public static RuleDescriptor Parse(string text, string file)
    {
        var m = YamlMapping.Of(YamlDocumentReader.ReadRoot(text, file), file, "rule descriptor",
            "id", "category", "severity", "title", "message", "fix", "rationale", "parameters", "variants", "examples");
        // A parameter is "name: default", or "name: { default: …, min: …, max: … }" when a ruleset's value must lie in a range.
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var ranges = new Dictionary<string, ParameterRange>(StringComparer.Ordinal);
        if (m.Node("parameters") is YamlDotNet.RepresentationModel.YamlMappingNode p)
        {
            foreach (var (k, v) in p.Children)
            {
                var name = ((YamlDotNet.RepresentationModel.YamlScalarNode)k).Value!;
                if (v is YamlDotNet.RepresentationModel.YamlMappingNode ranged)
                {
                    var r = YamlMapping.Of(ranged, file, $"parameter {name}", "default", "min", "max");
                    parameters[name] = r.Required("default");
                    ranges[name] = new ParameterRange(Bound(r, "min", file), Bound(r, "max", file));
                }
                else
                {
                    parameters[name] = ((YamlDotNet.RepresentationModel.YamlScalarNode)v).Value ?? string.Empty;
                }
            }
        }

        return new RuleDescriptor(
            m.Required("id"),
            m.Enum("category", Categories) ?? throw Missing(m, "category"),
            m.Enum("severity", Severities) ?? throw Missing(m, "severity"),
            Text(m, "title", file),
            Text(m, "message", file),
            Text(m, "fix", file),
            Text(m, "rationale", file),
            parameters,
            Variants(m, file),
            file)
        {
            ParameterRanges = ranges,
        };
    }

    private static double Bound(YamlMapping m, string key, string file)
    {
        var text = m.Required(key);
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InputErrorException(InputError.At(m.Located(key)!.Location, "parameter-not-number", ("key", key), ("rule", file), ("value", text)));
    }

    private static Dictionary<string, RuleVariant> Variants(YamlMapping m, string file)
    {
        var result = new Dictionary<string, RuleVariant>(StringComparer.Ordinal);
        if (m.Node("variants") is YamlDotNet.RepresentationModel.YamlMappingNode variants)
        {
            foreach (var (k, v) in variants.Children)
            {
                var vm = YamlMapping.Of(v, file, "variant", "message", "fix", "severity");
                result[((YamlDotNet.RepresentationModel.YamlScalarNode)k).Value!] = new RuleVariant(Text(vm, "message", file), Text(vm, "fix", file))
                {
                    Severity = vm.Enum("severity", Severities),
                };
            }
        }

        return result;
    }

    private static LocalizedText Text(YamlMapping m, string key, string file)
    {
        var node = m.Node(key) ?? throw Missing(m, key);
        var t = YamlMapping.Of(node, file, key, "vi", "en");
        return new LocalizedText(t.Required("vi"), t.Required("en"));
    }

    private static InputErrorException Missing(YamlMapping m, string key) =>
        new(InputError.At(m.Location, "missing-field", ("key", key), ("what", "rule descriptor")));
}

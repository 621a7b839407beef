using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Engine;

/// <summary>One rule's settings in a ruleset.</summary>
public sealed record RuleSetting(bool Enabled, Severity? Severity, IReadOnlyDictionary<string, string> Parameters);

/// <summary>
/// The ruleset file (<c>rules/ruleset.yaml</c> by default): switches rules off, changes their
/// severity and sets their parameters. Loaded strictly; an unknown rule id or parameter is an input error.
/// </summary>
public sealed class Ruleset
{
    private static readonly Dictionary<string, Severity> Severities = new()
    {
        ["error"] = Severity.Error, ["warning"] = Severity.Warning, ["info"] = Severity.Info,
    };

    private readonly Dictionary<string, RuleSetting> settings;

    private Ruleset(Dictionary<string, RuleSetting> settings) => this.settings = settings;

    /// <summary>A ruleset that changes nothing.</summary>
    public static Ruleset Empty { get; } = new([]);

    /// <summary>The setting for a rule, if the ruleset names it.</summary>
    public RuleSetting? For(string ruleId) => settings.GetValueOrDefault(ruleId);

    /// <summary>Loads a ruleset from text; an input error instead when it is malformed or names unknown rules.</summary>
    public static (Ruleset? Ruleset, InputError? Error) TryParse(string text, string file, RuleCatalog catalog)
    {
        try
        {
            return (Parse(text, file, catalog.Descriptors), null);
        }
        catch (InputErrorException e)
        {
            return (null, e.Error);
        }
    }

    /// <summary>Loads a ruleset file from disk (UTF-8), as <see cref="TryParse"/>.</summary>
    public static (Ruleset? Ruleset, InputError? Error) TryLoad(string path, RuleCatalog catalog)
    {
        var display = InputPath.Display(path);
        try
        {
            return TryParse(TextFileReader.Read(path, display), display, catalog);
        }
        catch (InputErrorException e)
        {
            return (null, e.Error);
        }
    }

    /// <summary>Loads a ruleset and checks it against the known rules.</summary>
    /// <exception cref="InputErrorException">On any problem, with its position.</exception>
    internal static Ruleset Parse(string text, string file, IReadOnlyDictionary<string, RuleDescriptor> known)
    {
        var root = YamlDocumentReader.ReadRoot(text, file);
        var m = YamlMapping.Of(root, file, "ruleset", "format", "rules");
        var format = m.Located("format");
        if (format is not null && format.Value != "ruleset/1")
        {
            throw new InputErrorException(InputError.At(format.Location, "bad-format", ("value", format.Value)));
        }

        var result = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        if (m.Node("rules") is not YamlDotNet.RepresentationModel.YamlMappingNode rules)
        {
            return new Ruleset(result);
        }

        foreach (var (keyNode, valueNode) in rules.Children)
        {
            var id = ((YamlDotNet.RepresentationModel.YamlScalarNode)keyNode).Value ?? string.Empty;
            var at = new SourceLocation(file, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            if (!known.TryGetValue(id, out var descriptor))
            {
                throw new InputErrorException(InputError.At(at, "unknown-rule", ("id", id)));
            }

            var r = YamlMapping.Of(valueNode, file, $"rule {id}", "enabled", "severity", "parameters");
            var enabled = r.Located("enabled");
            if (enabled is not null && enabled.Value is not ("true" or "false"))
            {
                throw new InputErrorException(InputError.At(enabled.Location, "bad-enum", ("key", "enabled"), ("value", enabled.Value), ("allowed", "true, false")));
            }

            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            if (r.Node("parameters") is { } p)
            {
                var pm = YamlMapping.Of(p, file, $"parameters of {id}", descriptor.Parameters.Keys.ToArray());
                foreach (var name in descriptor.Parameters.Keys)
                {
                    if (pm.String(name) is { } value)
                    {
                        CheckParameter(descriptor, name, value, pm.Located(name)!.Location);
                        parameters[name] = value;
                    }
                }
            }

            result[id] = new RuleSetting(enabled?.Value != "false", r.Enum("severity", Severities), parameters);
        }

        return new Ruleset(result);
    }

    // A value of the default's kind (an integer for an integer, a finite number for a number) inside the declared range:
    // a threshold of "1.5" or "NaN", a margin of "-99999999999", is an input error with its line, not a run that means nothing.
    private static void CheckParameter(RuleDescriptor descriptor, string name, string value, SourceLocation at)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var @default = descriptor.Parameters[name];
        double number;
        if (int.TryParse(@default, System.Globalization.NumberStyles.Integer, invariant, out _))
        {
            if (!int.TryParse(value, System.Globalization.NumberStyles.Integer, invariant, out var integer))
            {
                throw new InputErrorException(InputError.At(at, "parameter-not-integer", ("key", name), ("rule", descriptor.Id), ("value", value)));
            }

            number = integer;
        }
        else if (double.TryParse(@default, System.Globalization.NumberStyles.Float, invariant, out _))
        {
            if (!double.TryParse(value, System.Globalization.NumberStyles.Float, invariant, out number) || !double.IsFinite(number))
            {
                throw new InputErrorException(InputError.At(at, "parameter-not-number", ("key", name), ("rule", descriptor.Id), ("value", value)));
            }
        }
        else
        {
            return;
        }

        if (descriptor.ParameterRanges.TryGetValue(name, out var range) && (number < range.Min || number > range.Max))
        {
            throw new InputErrorException(InputError.At(at, "parameter-out-of-range", ("key", name), ("rule", descriptor.Id), ("value", value),
                ("min", range.Min.ToString(invariant)), ("max", range.Max.ToString(invariant))));
        }
    }
}

using System.CommandLine;
using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Cli;

/// <summary>
/// Help in Vietnamese with <c>--lang vi --help</c>. The descriptions of the command tree are put in Vietnamese from
/// <c>help-strings.yaml</c> once the tree is built (so a command added elsewhere needs only its lines there), and the
/// headings System.CommandLine writes itself, which it has no Vietnamese for, are replaced in the help text.
/// </summary>
internal static class HelpLanguage
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Vietnamese = new(Load);

    // System.CommandLine's own words in help output, and theirs in Vietnamese.
    private static readonly (string English, string Vietnamese)[] Headings =
    [
        ("Description:", "Mô tả:"), ("Usage:", "Cách dùng:"), ("Arguments:", "Tham số:"), ("Options:", "Tùy chọn:"),
        ("Commands:", "Lệnh:"), ("[options]", "[tùy chọn]"), ("[command]", "[lệnh]"), ("[default: ", "[mặc định: "),
    ];

    /// <summary>Whether <paramref name="args"/> ask for Vietnamese help: <c>--help</c> (or <c>-h</c>, <c>-?</c>) and <c>--lang vi</c>.</summary>
    public static bool WantsVietnameseHelp(IReadOnlyList<string> args)
    {
        var help = args.Any(a => a is "--help" or "-h" or "-?" or "/?" or "/h");
        var vi = args.Select((a, i) => a is "--lang=vi" or "--lang:vi" || (a == "--lang" && i + 1 < args.Count && args[i + 1] == "vi")).Any(x => x);
        return help && vi;
    }

    /// <summary>Puts the descriptions of <paramref name="root"/> and everything under it in Vietnamese where the table has them.</summary>
    public static void Translate(Command root) => Translate(root, null);

    /// <summary>The help text with System.CommandLine's headings in Vietnamese.</summary>
    public static string TranslateHeadings(string help) =>
        Headings.Aggregate(help, (text, h) => text.Replace(h.English, h.Vietnamese, StringComparison.Ordinal));

    /// <summary>The symbols of the tree (commands, arguments, options) that have no Vietnamese description.</summary>
    public static IEnumerable<string> Untranslated(Command root)
    {
        foreach (var (key, symbol) in Symbols(root, null))
        {
            if (Find(key, symbol) is null)
            {
                yield return key;
            }
        }
    }

    private static void Translate(Command command, string? parent)
    {
        foreach (var (key, symbol) in Symbols(command, parent))
        {
            if (Find(key, symbol) is { } text)
            {
                symbol.Description = text;
            }
        }
    }

    private static IEnumerable<(string Key, Symbol Symbol)> Symbols(Command command, string? parent)
    {
        var path = parent is null ? (command is RootCommand ? "compliance" : command.Name) : parent == "compliance" ? command.Name : $"{parent} {command.Name}";
        yield return (path, command);
        foreach (var argument in command.Arguments)
        {
            yield return ($"{path} {argument.Name}", argument);
        }

        foreach (var option in command.Options)
        {
            yield return ($"{path} {option.Name}", option);
        }

        foreach (var sub in command.Subcommands)
        {
            foreach (var s in Symbols(sub, path))
            {
                yield return s;
            }
        }
    }

    // A command by its path; an argument or option by "<command> <name>", then an option by its name alone.
    private static string? Find(string key, Symbol symbol) =>
        Vietnamese.Value.TryGetValue(key, out var text) ? text
        : symbol is Option option && Vietnamese.Value.TryGetValue(option.Name, out var shared) ? shared
        : null;

    private static Dictionary<string, string> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("help-strings.yaml", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var yaml = new YamlStream();
        yaml.Load(reader);
        return ((YamlMappingNode)yaml.Documents[0].RootNode).Children
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!, StringComparer.Ordinal);
    }
}

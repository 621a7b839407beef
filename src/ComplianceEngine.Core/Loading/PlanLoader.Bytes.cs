using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Loading;

public static partial class PlanLoader
{
    /// <summary>
    /// Loads one plan from bytes that are not a file (a document piped to standard input), shown as
    /// <paramref name="display"/>. The kind is told by <paramref name="display"/>'s extension (.yaml/.yml, .md/.txt,
    /// .docx); a name without one (<c>&lt;stdin&gt;</c>) is a YAML plan when its text says so (<see cref="IsPlanYaml"/>)
    /// and a text document otherwise. A problem is an input error, as for a file.
    /// </summary>
    public static LoadResult LoadBytes(byte[] bytes, string display) => LoadBytes(bytes, display, InputLimits.Default);

    /// <summary>As <see cref="LoadBytes(byte[], string)"/>, held to <paramref name="limits"/> (size, nesting, line length, time) as a file is.</summary>
    public static LoadResult LoadBytes(byte[] bytes, string display, InputLimits limits)
    {
        try
        {
            // A name without a known extension (<stdin>) is a YAML plan when its text says so, a text document otherwise.
            var extension = Path.GetExtension(display);
            var name = display.Trim('<', '>');
            if (!YamlExtensions.Contains(extension) && !DocumentExtensions.Contains(extension))
            {
                var looksYaml = bytes.LongLength <= limits.MaxFileBytes && TextFileReader.Decode(bytes, display, limits).Text is { } text
                    && !string.IsNullOrWhiteSpace(text) && IsPlanYaml(text);
                name += looksYaml ? ".yaml" : ".txt";
            }

            var notices = new List<InputError>();
            var plan = LoadBytes(bytes, name, display, limits, notices);
            return new LoadResult([plan], []) { Skipped = notices };
        }
        catch (InputErrorException e)
        {
            return new LoadResult([], [e.Error]);
        }
    }
}

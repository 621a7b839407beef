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
    public static LoadResult LoadBytes(byte[] bytes, string display)
    {
        try
        {
            var extension = Path.GetExtension(display);
            var id = MarkdownPlanImporter.PlanIdFromFileName(display.Trim('<', '>'));
            if (string.Equals(extension, ".docx", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    return new LoadResult([DocxPlanImporter.Import(bytes, display, id)], []);
                }
                catch (InvalidDataException e)
                {
                    throw new InputErrorException(InputError.At(new SourceLocation(display, 1, 1), "unreadable", ("reason", "not a Word document (.docx): " + e.Message)));
                }
            }

            var text = TextFileReader.Decode(bytes, display);
            var yaml = YamlExtensions.Contains(extension) || (!DocumentExtensions.Contains(extension) && !string.IsNullOrWhiteSpace(text) && IsPlanYaml(text));
            return new LoadResult([yaml ? YamlPlanLoader.Parse(text, display) : MarkdownPlanImporter.Import(text, display, id)], []);
        }
        catch (InputErrorException e)
        {
            return new LoadResult([], [e.Error]);
        }
    }
}

using ComplianceEngine.Core.Importing;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Loading;

/// <summary>Plans loaded from files and folders, and the input errors of those that could not be.</summary>
public sealed record LoadResult(IReadOnlyList<Plan> Plans, IReadOnlyList<InputError> Errors);

/// <summary>
/// Loads plans from files and folders: structured YAML plans, and the documents people write (.md, .txt, .docx),
/// which are imported. A folder is searched recursively for plan files in a stable order (README.md and *.README.md
/// are not plans); a broken file becomes an <see cref="InputError"/> and the others are still loaded.
/// </summary>
public static class PlanLoader
{
    /// <summary>File extensions read as structured plans.</summary>
    public static readonly IReadOnlySet<string> YamlExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".yaml", ".yml" };

    /// <summary>File extensions read as documents and imported (Markdown or plain text, Word).</summary>
    public static readonly IReadOnlySet<string> DocumentExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".txt", ".docx" };

    /// <summary>Loads every plan named by <paramref name="paths"/> (files or folders).</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="displayRoot">Folder that shown paths are relative to; the working folder when null.</param>
    public static LoadResult Load(IEnumerable<string> paths, string? displayRoot = null)
    {
        var plans = new List<Plan>();
        var errors = new List<InputError>();
        var seen = new Dictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var file in Expand(paths, errors))
        {
            var display = DisplayPath(file, displayRoot);
            try
            {
                var plan = LoadFile(file, display);
                if (seen.TryGetValue(plan.Id, out var first))
                {
                    errors.Add(InputError.At(plan.Location, "duplicate-plan-id", ("id", plan.Id), ("first", first.Location.File)));
                    continue;
                }

                seen[plan.Id] = plan;
                plans.Add(plan);
            }
            catch (InputErrorException e)
            {
                errors.Add(e.Error);
            }
        }

        return new LoadResult(plans, errors);
    }

    /// <summary>Loads one plan file; throws on bad input.</summary>
    internal static Plan LoadFile(string path, string display)
    {
        var extension = Path.GetExtension(path);
        if (string.Equals(extension, ".docx", StringComparison.OrdinalIgnoreCase))
        {
            // A Word file is a zip package: read as bytes, never through the text reader.
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputErrorException(InputError.At(SourceLocation.FileOnly(display), "unreadable", ("reason", e.Message)));
            }

            try
            {
                return DocxPlanImporter.Import(bytes, display, MarkdownPlanImporter.PlanIdFromFileName(path));
            }
            catch (InvalidDataException e)
            {
                throw new InputErrorException(InputError.At(new SourceLocation(display, 1, 1), "unreadable", ("reason", "not a Word document (.docx): " + e.Message)));
            }
        }

        var text = TextFileReader.Read(path, display);
        if (YamlExtensions.Contains(extension))
        {
            return YamlPlanLoader.Parse(text, display);
        }

        if (DocumentExtensions.Contains(extension))
        {
            return MarkdownPlanImporter.Import(text, display, MarkdownPlanImporter.PlanIdFromFileName(path));
        }

        throw new InputErrorException(InputError.At(SourceLocation.FileOnly(display), "unsupported-file", ("extension", extension)));
    }

    /// <summary>Path as shown in reports: relative to <paramref name="root"/> (the working folder by default), with forward slashes; absolute when outside it.</summary>
    public static string DisplayPath(string path, string? root = null) => InputPath.Display(path, root);

    private static IEnumerable<string> Expand(IEnumerable<string> paths, List<InputError> errors)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsPlanFile)
                    .Select(f => f.Replace('\\', '/'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    errors.Add(InputError.At(SourceLocation.FileOnly(DisplayPath(path)), "empty-folder"));
                }

                foreach (var f in files)
                {
                    yield return f;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                errors.Add(InputError.At(SourceLocation.FileOnly(path), "not-found"));
            }
        }
    }

    /// <summary>Whether a folder scan reads this file as a plan (YAML or a document; not README.md, hidden files or Word lock files).</summary>
    public static bool IsPlanFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
        {
            return false; // hidden files and Word's lock files
        }

        var extension = Path.GetExtension(path);
        return YamlExtensions.Contains(extension)
            || (DocumentExtensions.Contains(extension)
                && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase)
                && !name.EndsWith(".README.md", StringComparison.OrdinalIgnoreCase));
    }
}

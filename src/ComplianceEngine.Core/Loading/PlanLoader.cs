using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Loading;

/// <summary>Plans loaded from files and folders, and the input errors of those that could not be.</summary>
public sealed record LoadResult(IReadOnlyList<Plan> Plans, IReadOnlyList<InputError> Errors);

/// <summary>
/// Loads plans from files and folders. A folder is searched recursively for plan files in a stable
/// order; a broken file becomes an <see cref="InputError"/> and the others are still loaded.
/// </summary>
public static class PlanLoader
{
    /// <summary>File extensions read as structured plans.</summary>
    public static readonly IReadOnlySet<string> YamlExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".yaml", ".yml" };

    /// <summary>Loads every plan named by <paramref name="paths"/> (files or folders).</summary>
    public static LoadResult Load(IEnumerable<string> paths)
    {
        var plans = new List<Plan>();
        var errors = new List<InputError>();
        var seen = new Dictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var file in Expand(paths, errors))
        {
            var display = DisplayPath(file);
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
        var text = TextFileReader.Read(path, display);
        var extension = Path.GetExtension(path);
        if (YamlExtensions.Contains(extension))
        {
            return YamlPlanLoader.Parse(text, display);
        }

        throw new InputErrorException(InputError.At(SourceLocation.FileOnly(display), "unsupported-file", ("extension", extension)));
    }

    /// <summary>Path as shown in reports: relative to the working folder, with forward slashes.</summary>
    public static string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(path) ? full : relative).Replace('\\', '/');
    }

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

    private static bool IsPlanFile(string path) => YamlExtensions.Contains(Path.GetExtension(path));
}

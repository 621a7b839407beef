using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Cli.Commands;
using ComplianceEngine.Core.Reporting;

namespace ComplianceEngine.Cli.Watching;

/// <summary>
/// Publishes the reports of one refresh as one generation, so that a reader never sees a mix of two refreshes:
/// every format is written into a new folder <c>generations/NAME.partial</c>, flushed, described by a
/// <c>manifest.json</c> (each file's SHA-256) written last, the folder renamed to <c>generations/NAME</c>, and only
/// then the symbolic link <c>current</c> is replaced by a new link renamed over it (rename(2) is atomic: a reader
/// opening <c>current/…</c> sees the old generation or the new one, never a missing or half one). A process killed
/// at any point leaves <c>current</c> on a complete generation; the leftover <c>.partial</c> folder is removed at the
/// next publish. The last <see cref="Keep"/> generations are kept, so a reader that resolved <c>current</c> once
/// (the safe way to read several files of one generation) can finish reading before its folder is pruned.
/// </summary>
internal sealed class ReportGenerations(string outFolder)
{
    /// <summary>How many complete generations are kept on disk.</summary>
    public const int Keep = 5;

    /// <summary>The formats of a generation and their file names.</summary>
    public static readonly (ReportFormat Format, string File)[] Outputs =
    [
        (ReportFormat.Md, "report.md"), (ReportFormat.Json, "report.json"), (ReportFormat.Sarif, "report.sarif"),
    ];

    private const string PartialSuffix = ".partial";

    private static long sequence;

    /// <summary>The folder the generations are kept in.</summary>
    public string Folder => Path.Combine(outFolder, "generations");

    /// <summary>The link readers follow: <c>OUT/current</c> → <c>generations/NAME</c>.</summary>
    public string Current => Path.Combine(outFolder, "current");

    /// <summary>Writes every format of <paramref name="report"/> as a new generation and switches <c>current</c> to it; returns the generation's folder.</summary>
    public string Publish(Report report, Language language)
    {
        Directory.CreateDirectory(Folder);
        RemovePartials();
        var name = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'.'fffffff", CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)
            + "-" + Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture);
        var partial = Path.Combine(Folder, name + PartialSuffix);
        Directory.CreateDirectory(partial);
        var manifest = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (format, file) in Outputs)
        {
            var path = Path.Combine(partial, file);
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
                ReportRunner.WriterFor(format).Write(report, language, writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            manifest[file] = Sha256(path);
        }

        WriteManifest(Path.Combine(partial, "manifest.json"), name, manifest);
        var final = Path.Combine(Folder, name);
        Directory.Move(partial, final);

        // The new link is made beside the old one and renamed over it: one rename(2), atomic.
        var link = Path.Combine(outFolder, ".current." + name);
        File.CreateSymbolicLink(link, Path.Combine("generations", name));
        ReplaceLink(link, Current);
        Prune(name);
        return final;
    }

    /// <summary>
    /// The folder of the generation <c>current</c> points at, resolved once, or null when none was published yet.
    /// </summary>
    public string? ResolveCurrent()
    {
        var info = new FileInfo(Current);
        return info.LinkTarget is { } target ? Path.GetFullPath(Path.Combine(outFolder, target)) : null;
    }

    /// <summary>Whether the generation in <paramref name="folder"/> is whole: its manifest lists every format and every file has the recorded digest.</summary>
    public static bool IsComplete(string folder)
    {
        var manifestPath = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            return false;
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var files = manifest.RootElement.GetProperty("files");
        return Outputs.All(o => files.TryGetProperty(o.File, out var digest)
            && File.Exists(Path.Combine(folder, o.File)) && digest.GetString() == Sha256(Path.Combine(folder, o.File)));
    }

    private static void WriteManifest(string path, string name, SortedDictionary<string, string> files)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", "compliance-generation/1");
            json.WriteString("generation", name);
            json.WriteStartObject("files");
            foreach (var (file, digest) in files)
            {
                json.WriteString(file, digest);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.Flush(flushToDisk: true);
    }

    // File.Move follows a link to a folder and refuses it; rename(2) moves the link itself, atomically.
    private static void ReplaceLink(string link, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("report generations need rename(2) of a symbolic link (Linux, macOS)");
        }

        if (Rename(link, target) != 0)
        {
            throw new IOException($"rename {link} → {target} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    // Folders of a refresh that was killed before it switched: never pointed at, safe to remove.
    private void RemovePartials()
    {
        foreach (var dir in Directory.EnumerateDirectories(Folder, "*" + PartialSuffix))
        {
            TryDelete(dir);
        }

        foreach (var link in Directory.EnumerateFileSystemEntries(outFolder, ".current.*"))
        {
            File.Delete(link);
        }
    }

    private void Prune(string keep)
    {
        var complete = Directory.EnumerateDirectories(Folder)
            .Select(Path.GetFileName)
            .Where(n => n is not null && !n.EndsWith(PartialSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var old in complete.Take(Math.Max(0, complete.Count - Keep)))
        {
            if (old != keep)
            {
                TryDelete(Path.Combine(Folder, old!));
            }
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another publisher or a reader holding it (on Windows): left for the next prune.
        }
    }
}

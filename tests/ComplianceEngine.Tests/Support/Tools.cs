namespace ComplianceEngine.Tests.Support;

/// <summary>LibreOffice and poppler, as the Word tests call them (guard those tests with <see cref="ToolFactAttribute"/>).</summary>
internal static class Tools
{
    /// <summary>
    /// Converts <paramref name="documents"/> with LibreOffice headless (<c>--convert-to pdf</c>, one start for all) into
    /// <paramref name="outDir"/>, with a profile of its own so that parallel runs do not collide; returns the PDFs' paths.
    /// Fails on a non-zero exit or a missing PDF.
    /// </summary>
    public static IReadOnlyList<string> ConvertToPdf(string outDir, params string[] documents)
    {
        var profile = Directory.CreateTempSubdirectory("ce-lo-profile-").FullName;
        try
        {
            var (code, output) = Run("libreoffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", outDir, .. documents]);
            var pdfs = documents.Select(d => Path.Combine(outDir, Path.GetFileNameWithoutExtension(d) + ".pdf")).ToList();
            Assert.True(code == 0 && pdfs.All(File.Exists), $"libreoffice exited {code} without {string.Join(", ", pdfs.Where(p => !File.Exists(p)))}: {output}");
            return pdfs;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>The text of a PDF (pdftotext, poppler-utils).</summary>
    public static string PdfText(string pdf)
    {
        var txt = pdf + ".txt";
        var (code, output) = Run("pdftotext", ["-enc", "UTF-8", pdf, txt]);
        Assert.True(code == 0, $"pdftotext exited {code}: {output}");
        return File.ReadAllText(txt);
    }

    private static (int Code, string Output) Run(string program, IEnumerable<string> args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            return (-1, program + " timed out");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

namespace ComplianceEngine.Tests.Support;

/// <summary>LibreOffice and poppler, as the Word tests call them (guard those tests with <see cref="ToolFactAttribute"/>).</summary>
internal static class Tools
{
    /// <summary>
    /// Converts <paramref name="document"/> with LibreOffice headless (<c>--convert-to pdf</c>) into <paramref name="outDir"/>,
    /// with a profile of its own so that parallel runs do not collide; returns the PDF's path. Fails on a non-zero exit or no PDF.
    /// </summary>
    public static string ConvertToPdf(string document, string outDir, string filter = "pdf")
    {
        var profile = Directory.CreateTempSubdirectory("ce-lo-profile-").FullName;
        try
        {
            var (code, output) = Run("libreoffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", filter, "--outdir", outDir, document]);
            var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(document) + ".pdf");
            Assert.True(code == 0 && File.Exists(pdf), $"libreoffice exited {code} without {pdf}: {output}");
            return pdf;
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

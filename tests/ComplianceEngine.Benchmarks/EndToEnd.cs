using System.Diagnostics;
using System.Globalization;
using System.Text;
using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Rules;
using DocumentFormat.OpenXml.Packaging;
using Markdig;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// The whole-process timer of an audit of a generated cascade, stage by stage, against the floor: reading, NFC-normalising
/// and Markdig-parsing the same files on all cores — the least any audit of them must do. Prints one table.
/// </summary>
internal static class EndToEnd
{
    public static int Run(string folder, DateOnly asOf)
    {
        var total = Stopwatch.StartNew();
        var files = PlanLoader.ScanFolder(folder);
        Floor(files.Take(50).ToList()); // JIT and first use of Markdig and OpenXml, which the audit has paid for by then too
        var cpu = new CpuClock();
        var floor = Time(() => Floor(files));
        var floorCpu = cpu.Lap();

        var clock = Stopwatch.StartNew();
        var loaded = PlanLoader.Load([folder]);
        var import = clock.Elapsed;
        var importCpu = cpu.Lap();

        var plans = loaded.Plans;
        clock.Restart();
        var index = PlanIndex.Build(plans);
        var cascade = clock.Elapsed;
        var cascadeCpu = cpu.Lap();

        clock.Restart();
        var engine = new RuleEngine(RuleAssembly.Catalog, Ruleset.Empty, new EngineOptions(asOf) { Catalog = RuleAssembly.LegalCatalog, Units = RuleAssembly.Units });
        var evaluation = engine.Evaluate(plans);
        var rules = clock.Elapsed - cascade; // Evaluate builds the index again: counted once, under cascade
        var rulesCpu = cpu.Lap() - cascadeCpu;

        clock.Restart();
        var report = Report.From(evaluation, loaded.Errors, null, reported => RuleAssembly.Trace(reported, evaluation, Ruleset.Empty, RuleAssembly.Units));
        var reportPath = Path.Combine(Path.GetTempPath(), $"ce-e2e-{Environment.ProcessId}.md");
        using (var writer = new StreamWriter(reportPath, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            new MarkdownReportWriter().Write(report, Language.Vi, writer);
        }

        var reportBytes = new FileInfo(reportPath).Length;
        File.Delete(reportPath);
        var writing = clock.Elapsed;
        var writingCpu = cpu.Lap();
        var audit = import + cascade + rules + writing;
        var auditCpu = importCpu + cascadeCpu + rulesCpu + writingCpu;

        var gaps = NationalCascadeGenerator.ReadGaps(folder);
        var check = PlantedGapCheck.Check(gaps, evaluation.Findings);
        var gc = GC.GetGCMemoryInfo();
        var process = Process.GetCurrentProcess();

        string Row(string stage, TimeSpan t, TimeSpan c) => string.Create(CultureInfo.InvariantCulture, $"| {stage,-16} | {t.TotalSeconds,8:F2} s | {t / floor,6:F1}× | {c.TotalSeconds,8:F2} s | {c / floorCpu,6:F1}× |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{plans.Count} plans ({files.Count} files, {loaded.Errors.Count} input errors), {plans.Sum(p => p.Tasks.Count)} tasks, {plans.Sum(p => p.AllCitations.Count())} citations, {evaluation.Index.Links.Count} links, {evaluation.Findings.Count} findings, report {reportBytes / 1024.0 / 1024.0:F1} MB; cores: {Environment.ProcessorCount}, load average: {LoadAverage()}"));
        Console.WriteLine("| stage            |  wall clock | /floor |     CPU    | /floor |");
        Console.WriteLine("|------------------|-------------|--------|------------|--------|");
        Console.WriteLine(Row("floor", floor, floorCpu));
        Console.WriteLine(Row("import", import, importCpu));
        Console.WriteLine(Row("cascade building", cascade, cascadeCpu));
        Console.WriteLine(Row("rules", rules, rulesCpu));
        Console.WriteLine(Row("report writing", writing, writingCpu));
        Console.WriteLine(Row("total (audit)", audit, auditCpu));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set: {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB; GC heap peak (last GC): {gc.HeapSizeBytes / 1024.0 / 1024.0:F0} MB, total allocated: {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0 / 1024.0:F1} GB, gen0/1/2 collections: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, process CPU: {process.TotalProcessorTime.TotalSeconds:F1} s, wall: {total.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"planted gaps found: {check.Found.Count}/{gaps.Count} (CE-C002 {check.Found.Count(g => g.Rule == "CE-C002")}/{gaps.Count(g => g.Rule == "CE-C002")}, CE-C003 {check.Found.Count(g => g.Rule == "CE-C003")}/{gaps.Count(g => g.Rule == "CE-C003")}); CE-C002/CE-C003 findings no planted gap explains: {check.Unexpected.Count}"));
        if (Environment.GetEnvironmentVariable("SHOW_GAPS") == "1")
        {
            foreach (var gap in check.Missed.Take(20))
            {
                Console.WriteLine($"missed: {gap.Rule} {gap.Child} ← {gap.Parent}:{gap.ParentLines[0]}");
            }

            foreach (var f in check.Unexpected.Take(20))
            {
                Console.WriteLine($"unexpected: {f.Rule.Id} {f.Location} {f.Variant} {f.Message(Language.En)}");
            }
        }

        return check.Missed.Count == 0 ? 0 : 1;
    }

    // Process CPU time between laps: steadier than the wall clock on a machine shared with other work.
    private sealed class CpuClock
    {
        private TimeSpan last = Process.GetCurrentProcess().TotalProcessorTime;

        public TimeSpan Lap()
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            var lap = now - last;
            last = now;
            return lap;
        }
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    // Read, NFC-normalise and Markdig-parse every file on all cores (a .docx: its paragraphs' text).
    private static void Floor(IReadOnlyList<string> files)
    {
        var pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();
        Parallel.ForEach(files, file =>
        {
            string text;
            if (file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                using var document = WordprocessingDocument.Open(file, false);
                text = string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
            }
            else
            {
                text = File.ReadAllText(file, Encoding.UTF8);
            }

            Markdown.Parse(text.Normalize(NormalizationForm.FormC), pipeline);
        });
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Core.Coverage;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceEngine.Benchmarks;

/// <summary>How large a generated cascade is, and how it is drawn.</summary>
/// <param name="Provinces">Provinces under the national plan (63 at full scale).</param>
/// <param name="Departments">Sở under each province.</param>
/// <param name="Units">Units under each Sở.</param>
/// <param name="Seed">Seed of every random choice: the same options write the same files.</param>
/// <param name="GapRate">Chance that a child leaves out one parent task it owes, and (separately) that it sets one deadline later than its parent's.</param>
internal sealed record GeneratorOptions(int Provinces, int Departments, int Units, int Seed = 42, double GapRate = 0.05)
{
    /// <summary>
    /// The named sizes: 1× ≈ 2,000 documents (6 provinces × 316), 2×, 4×, and the full national tree (63 provinces,
    /// 19,909 documents). Growth is by provinces, so every size has documents of the same shape.
    /// </summary>
    public static GeneratorOptions ForScale(string scale, int seed) => scale switch
    {
        "1" => new(6, 15, 20, seed),
        "2" => new(12, 15, 20, seed),
        "4" => new(25, 15, 20, seed),
        "full" => new(63, 15, 20, seed),
        _ => throw new ArgumentException($"--scale must be 1, 2, 4 or full, not '{scale}'"),
    };
}

/// <summary>A gap the generator planted: the rule that must find it, in which child, about which lines.</summary>
/// <param name="Rule">CE-C002 (a parent task the child owes and leaves out) or CE-C003 (a deadline later than the parent's).</param>
/// <param name="Child">The child document, relative to the cascade folder, '/'-separated.</param>
/// <param name="Parent">The parent document, likewise.</param>
/// <param name="ParentLines">The parent task's first and last line.</param>
/// <param name="ChildLines">The late child task's first and last line (CE-C003); 0–0 for a task left out.</param>
internal sealed record PlantedGap(string Rule, string Child, string Parent, int[] ParentLines, int[] ChildLines);

/// <summary>
/// Writes a national cascade of real-size plan documents (constructed, in the benchmark's own words) in the folder layout
/// people use: <c>tinh-x/ke-hoach-2026.txt</c>, <c>tinh-x/so-y-te/ke-hoach-2026.md</c>,
/// <c>tinh-x/so-y-te/bv-3/ke-hoach-2026.docx</c> — the same file name in many folders. Each child cites its parent's
/// number and date, restates the parent tasks it owes (assigned to everyone below, or to it by name) and adds its own;
/// 10–60 tasks and about 20 citations a document. Gaps are planted at a known rate with a fixed seed and listed in
/// <c>planted-gaps.json</c> beside the documents.
/// </summary>
internal static class NationalCascadeGenerator
{
    public const string GapsFile = "planted-gaps.json";
    private const int Year = 2026;

    private enum Lead
    {
        AllBelow,
        Named,
        Own,
    }

    private sealed record GenTask(int Theme, int Quarter, Lead Lead, int NamedDepartment)
    {
        public int Start { get; set; }

        public int End { get; set; }
    }

    private sealed class Doc
    {
        public required string Path { get; init; }
        public required string Issuer { get; init; }
        public required string IssuerHeader { get; init; } // upper header line, tab, second line
        public required string Place { get; init; }
        public required string Number { get; init; }
        public required DateOnly Date { get; init; }
        public required int Level { get; init; } // 0 national, 1 province, 2 Sở, 3 unit
        public int Department { get; init; } = -1;
        public Doc? Parent { get; init; }
        public List<GenTask> Tasks { get; } = [];
        public List<(GenTask Parent, GenTask? Child)> Gaps { get; } = []; // a task left out (no child task) or set late
    }

    /// <summary>Writes the cascade of <paramref name="options"/> into <paramref name="folder"/>; returns the documents written and the gaps planted.</summary>
    public static (int Documents, long Bytes, IReadOnlyList<PlantedGap> Gaps) Generate(GeneratorOptions options, string folder, LegalCatalog legal, CoverageMatcher matcher)
    {
        var random = new Random(options.Seed);
        var citable = legal.Documents
            .Where(d => d.Scope == "national" && d.IssueDate.IsComplete && d.IssueDate.Year < Year && d.ReplacedBy is null
                && (d.ValidUntil is null || d.ValidUntil >= new DateOnly(Year, 12, 31)) && (d.Period is null || d.Period.Contains(Year))
                && d.Type is "Luật" or "Nghị quyết" or "Nghị định" or "Quyết định" or "Chỉ thị" or "Thông tư"
                && !(d.Title ?? string.Empty).Contains('(', StringComparison.Ordinal))
            .ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        string NextNumber(string symbol)
        {
            var n = numbers.GetValueOrDefault(symbol, 10) + random.Next(1, 4);
            numbers[symbol] = n;
            return $"{n}/KH-{symbol}";
        }

        var gaps = new List<PlantedGap>();
        var count = 0;
        long bytes = 0;
        void Emit(Doc doc)
        {
            bytes += Write(doc, folder, random, citable);
            count++;
            gaps.AddRange(GapsOf(doc));
        }

        var national = new Doc
        {
            Path = "bo-ldtbxh/ke-hoach-2026.md", Issuer = "Bộ Lao động - Thương binh và Xã hội", IssuerHeader = "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            Place = "Hà Nội", Number = NextNumber("BLĐTBXH"), Date = new DateOnly(Year, 1, 15), Level = 0,
        };
        AddOwnTasks(national, random, TaskCount(random), 0);
        Emit(national);

        for (var p = 0; p < options.Provinces; p++)
        {
            var name = CascadeVocabulary.Provinces[p % CascadeVocabulary.Provinces.Length];
            var provinceFolder = $"tinh-{Slug(name)}" + (p >= CascadeVocabulary.Provinces.Length ? $"-{p}" : string.Empty);
            var province = new Doc
            {
                Path = $"{provinceFolder}/ke-hoach-2026.txt", Issuer = $"Ủy ban nhân dân tỉnh {name}", IssuerHeader = $"ỦY BAN NHÂN DÂN\tTỈNH {name.ToUpperInvariant()}",
                Place = name, Number = NextNumber("UBND"), Date = new DateOnly(Year, 2, random.Next(1, 28)), Level = 1, Parent = national,
            };
            Inherit(province, national, options, random, matcher);
            Emit(province);

            for (var d = 0; d < options.Departments; d++)
            {
                var dept = CascadeVocabulary.Departments[d % CascadeVocabulary.Departments.Length];
                var so = new Doc
                {
                    Path = $"{provinceFolder}/{dept.Folder}/ke-hoach-2026.{Format(random)}", Issuer = $"{dept.Name} tỉnh {name}",
                    IssuerHeader = $"UBND TỈNH {name.ToUpperInvariant()}\t{dept.Name.ToUpperInvariant()}",
                    Place = name, Number = NextNumber(dept.Symbol), Date = new DateOnly(Year, 3, random.Next(1, 31)), Level = 2, Department = d, Parent = province,
                };
                Inherit(so, province, options, random, matcher);
                Emit(so);

                for (var u = 1; u <= options.Units; u++)
                {
                    var unitName = $"{dept.UnitName} {u}";
                    var unit = new Doc
                    {
                        Path = $"{provinceFolder}/{dept.Folder}/{Slug(dept.UnitSymbol)}-{u}/ke-hoach-2026.{Format(random)}", Issuer = unitName,
                        IssuerHeader = $"{dept.Name.ToUpperInvariant()}\t{unitName.ToUpperInvariant()}",
                        Place = name, Number = NextNumber(dept.UnitSymbol), Date = new DateOnly(Year, 4, random.Next(1, 30)), Level = 3, Department = d, Parent = so,
                    };
                    Inherit(unit, so, options, random, matcher);
                    Emit(unit);
                }
            }
        }

        var json = JsonSerializer.Serialize(gaps, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        File.WriteAllText(System.IO.Path.Combine(folder, GapsFile), json + "\n");
        return (count, bytes, gaps);
    }

    /// <summary>Reads the planted gaps written beside a generated cascade.</summary>
    public static IReadOnlyList<PlantedGap> ReadGaps(string folder) =>
        JsonSerializer.Deserialize<List<PlantedGap>>(File.ReadAllText(System.IO.Path.Combine(folder, GapsFile)), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }) ?? [];

    // 10–60 tasks, most plans near 15–30: the seeds have 8–14, long provincial plans 40–60.
    private static int TaskCount(Random random) => 10 + (int)(50 * Math.Pow(random.NextDouble(), 1.8));

    private static string Format(Random random) => random.NextDouble() switch
    {
        < 0.5 => "txt",
        < 0.85 => "md",
        _ => "docx",
    };

    // Each task of a plan is given to the plan's own children: to all of them, to one Sở by name, or to the issuer's own office.
    private static (Lead Lead, int Named) DrawLead(Doc doc, Random random)
    {
        var r = random.NextDouble();
        return doc.Level switch
        {
            0 => r < 0.8 ? (Lead.AllBelow, -1) : (Lead.Own, -1),
            1 => r < 0.7 ? (Lead.AllBelow, -1) : r < 0.85 ? (Lead.Named, random.Next(CascadeVocabulary.Departments.Length)) : (Lead.Own, -1),
            2 => r < 0.8 ? (Lead.AllBelow, -1) : (Lead.Own, -1),
            _ => (Lead.Own, -1),
        };
    }

    private static void AddOwnTasks(Doc doc, Random random, int total, int quarterFloor)
    {
        var used = doc.Tasks.Select(t => t.Theme).Concat(doc.Parent?.Tasks.Select(t => t.Theme) ?? []).ToHashSet();
        var free = Enumerable.Range(0, CascadeVocabulary.Themes.Length).Where(i => !used.Contains(i)).OrderBy(_ => random.Next()).ToList();
        foreach (var theme in free.Take(Math.Max(0, total - doc.Tasks.Count)))
        {
            var (lead, named) = DrawLead(doc, random);
            doc.Tasks.Add(new GenTask(theme, random.Next(Math.Max(2, quarterFloor), 6), lead, named)); // 5 = all year
        }
    }

    private static bool Owes(GenTask task, Doc child) => task.Lead switch
    {
        Lead.AllBelow => true,
        Lead.Named => child.Department == task.NamedDepartment,
        _ => false,
    };

    // The child restates every parent task it owes — at the parent's deadline or earlier — and adds its own; a gap
    // leaves one owed task out, another sets one restated task a quarter later than the parent's deadline.
    private static void Inherit(Doc child, Doc parent, GeneratorOptions options, Random random, CoverageMatcher matcher)
    {
        var owed = parent.Tasks.Where(t => Owes(t, child)).ToList();
        var restated = new Dictionary<GenTask, GenTask>();
        foreach (var task in owed)
        {
            var quarter = task.Quarter == 5 ? 5 : random.Next(2, task.Quarter + 1);
            var (lead, named) = DrawLead(child, random);
            var mine = new GenTask(task.Theme, quarter, lead, named);
            child.Tasks.Add(mine);
            restated[task] = mine;
        }

        AddOwnTasks(child, random, TaskCount(random), 2);
        var omit = owed.Count > 1 && random.NextDouble() < options.GapRate ? TrueGap(owed, restated, child, random, matcher) : null;
        if (omit is not null)
        {
            child.Tasks.Remove(restated[omit]);
            child.Gaps.Add((omit, null));
        }

        var lateCandidates = owed.Where(t => t != omit && t.Quarter is >= 2 and <= 3).ToList();
        if (lateCandidates.Count > 0 && random.NextDouble() < options.GapRate)
        {
            var late = lateCandidates[random.Next(lateCandidates.Count)];
            var mine = restated[late];
            var later = mine with { Quarter = late.Quarter + 1 };
            child.Tasks[child.Tasks.IndexOf(mine)] = later;
            child.Gaps.Add((late, later));
        }

        Shuffle(child.Tasks, random);
    }

    // A task left out is a gap only if nothing else in the child covers it: tasks on neighbouring themes share topics, and
    // the engine rightly counts a near task as coverage. So the task to leave out is one the engine's own matcher finds
    // uncovered by all the child's other tasks; null (no gap planted) when every owed task tried has a neighbour.
    private static GenTask? TrueGap(List<GenTask> owed, Dictionary<GenTask, GenTask> restated, Doc child, Random random, CoverageMatcher matcher)
    {
        foreach (var candidate in owed.OrderBy(_ => random.Next()).Take(8))
        {
            var others = child.Tasks.Where(t => t != restated[candidate]).Select(t => t.Theme).ToList();
            var plan = new Plan
            {
                Id = "probe", Location = new SourceLocation("probe", 1, 1), Title = "probe", Issuer = new Located<string>("probe", new SourceLocation("probe", 1, 1)),
                Level = PlanLevel.Unit, Status = PlanStatus.Issued,
                Tasks = others.Select((theme, i) => AsTask(theme, i)).ToList(),
            };
            if (!matcher.Decide(AsTask(candidate.Theme, -1), matcher.Index(plan), new CoverageOptions()).Covered)
            {
                return candidate;
            }
        }

        return null;
    }

    private static PlanTask AsTask(int theme, int i) => new()
    {
        Id = i.ToString(CultureInfo.InvariantCulture),
        Title = CascadeVocabulary.Themes[theme].Title,
        Details = [ContentLine(CascadeVocabulary.Themes[theme])],
        Location = new SourceLocation("probe", i + 2, 1),
    };

    private static string ContentLine(CascadeVocabulary.Theme theme) =>
        $"Nội dung: {char.ToUpperInvariant(theme.Content[0])}{theme.Content[1..]}; {char.ToLowerInvariant(theme.Title[0])}{theme.Title[1..]} là việc cần làm ngay trong năm.";

    private static void Shuffle<T>(List<T> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static IEnumerable<PlantedGap> GapsOf(Doc doc)
    {
        foreach (var (parent, child) in doc.Gaps)
        {
            if (child is null)
            {
                yield return new PlantedGap("CE-C002", doc.Path, doc.Parent!.Path, [parent.Start, parent.End], [0, 0]);
            }
            else
            {
                yield return new PlantedGap("CE-C003", doc.Path, doc.Parent!.Path, [parent.Start, parent.End], [child.Start, child.End]);
            }
        }
    }

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V"];

    private static string When(int quarter) => quarter == 5 ? $"Thường xuyên trong năm {Year}" : $"Quý {Roman[quarter - 1]}/{Year}";

    private static string Cite(LegalDocument d) =>
        $"{(d.Type == "Luật" && d.Title is { } title ? title : d.Type)} số {d.Symbol} ngày {d.IssueDate.Day}/{d.IssueDate.Month}/{d.IssueDate.Year} của {d.Issuer}";

    private static string CitePlan(Doc d) =>
        $"Kế hoạch số {d.Number} ngày {d.Date.Day}/{d.Date.Month}/{d.Date.Year} của {d.Issuer} về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm {Year}";

    private static string Below(Doc doc) => doc.Level switch
    {
        0 => "UBND các tỉnh, thành phố trực thuộc Trung ương",
        1 => "Các sở, ban, ngành",
        _ => "Các đơn vị trực thuộc",
    };

    private static string OwnOffice(Doc doc) => doc.Level switch
    {
        0 => "Vụ Bình đẳng giới",
        1 => "Văn phòng UBND tỉnh",
        2 => "Văn phòng Sở",
        _ => "Phòng Tổ chức - Hành chính",
    };

    private static string LeadText(GenTask task, Doc doc) => task.Lead switch
    {
        Lead.AllBelow => $"{Below(doc)} chủ trì; {OwnOffice(doc)} theo dõi, đôn đốc.",
        Lead.Named => $"{CascadeVocabulary.Departments[task.NamedDepartment].Name} chủ trì; các sở, ngành liên quan phối hợp.",
        _ => $"{OwnOffice(doc)} chủ trì; Công đoàn cơ sở phối hợp.",
    };

    // Writes the document and sets each task's lines; returns its size in bytes.
    private static long Write(Doc doc, string folder, Random random, List<LegalDocument> citable)
    {
        var md = doc.Path.EndsWith(".md", StringComparison.Ordinal);
        var lines = new List<string>();
        void Add(string line) => lines.Add(line);
        string Section(string s) => md ? "## " + s : s;

        var citations = citable.OrderBy(_ => random.Next()).Take(Math.Min(citable.Count, 18 + random.Next(0, 6))).ToList();
        var basisCount = Math.Min(citations.Count, 4 + random.Next(3));

        var header = doc.IssuerHeader.Split('\t');
        Add(header[0] + "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Add((header.Length > 1 ? header[1] : string.Empty) + "\tĐộc lập - Tự do - Hạnh phúc");
        Add($"Số: {doc.Number}\t{doc.Place}, ngày {doc.Date.Day:00} tháng {doc.Date.Month} năm {doc.Date.Year}");
        Add(string.Empty);
        Add(md ? "**KẾ HOẠCH**" : "KẾ HOẠCH");
        Add($"Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm {Year}");
        Add(string.Empty);
        foreach (var c in citations.Take(basisCount))
        {
            Add($"Căn cứ {Cite(c)};");
            Add(string.Empty);
        }

        if (doc.Parent is { } parent)
        {
            Add($"Căn cứ {CitePlan(parent)};");
            Add(string.Empty);
        }

        Add($"{doc.Issuer} ban hành Kế hoạch thực hiện công tác bình đẳng giới năm {Year} như sau:");
        Add(string.Empty);
        Add(Section("I. MỤC ĐÍCH, YÊU CẦU"));
        Add(string.Empty);
        Add("- Nâng cao nhận thức và trách nhiệm của cán bộ, công chức, viên chức, người lao động về bình đẳng giới; tạo chuyển biến thực chất trong hành động.");
        Add("- Mỗi nhiệm vụ có đơn vị chủ trì, thời hạn và sản phẩm cụ thể; theo dõi, đánh giá được kết quả.");
        foreach (var c in citations.Skip(basisCount))
        {
            // The rest of the ~20 citations: in the body, as plans cite the documents each purpose serves.
            Add($"- Tiếp tục thực hiện {Cite(c)}.");
        }
        foreach (var sentence in Enumerable.Range(0, 10 + random.Next(10)).Select(_ => CascadeVocabulary.Filler[random.Next(CascadeVocabulary.Filler.Length)]))
        {
            Add("- " + sentence);
        }

        Add(string.Empty);
        Add(Section("II. NHIỆM VỤ VÀ GIẢI PHÁP"));
        Add(string.Empty);

        for (var i = 0; i < doc.Tasks.Count; i++)
        {
            var task = doc.Tasks[i];
            var theme = CascadeVocabulary.Themes[task.Theme];
            task.Start = lines.Count + 1;
            Add(md ? $"**{i + 1}. {theme.Title}**" : $"{i + 1}. {theme.Title}");
            Add("- " + ContentLine(theme));
            Add($"- Đơn vị thực hiện: {LeadText(task, doc)}");
            Add($"- Thời gian: {When(task.Quarter)}.");
            task.End = lines.Count;
            Add(string.Empty);
        }

        Add(Section("III. KINH PHÍ THỰC HIỆN"));
        Add(string.Empty);
        foreach (var sentence in Enumerable.Range(0, 6 + random.Next(8)).Select(_ => CascadeVocabulary.Filler[random.Next(CascadeVocabulary.Filler.Length)]))
        {
            Add("- " + sentence);
        }

        Add(string.Empty);
        Add(Section("IV. TỔ CHỨC THỰC HIỆN"));
        Add(string.Empty);
        var reportDay = 15 - doc.Level * 2;
        if (doc.Level < 3)
        {
            Add($"1. {Below(doc)} căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị, gửi về {doc.Issuer} trước ngày {15 + doc.Level * 5}/{4 + doc.Level}/{Year}.");
            Add($"2. {Below(doc)} gửi báo cáo kết quả thực hiện năm {Year} về {doc.Issuer} trước ngày {reportDay}/11/{Year}.");
        }
        else
        {
            Add($"1. Các khoa, phòng căn cứ Kế hoạch này tổ chức thực hiện; {OwnOffice(doc)} theo dõi, đôn đốc.");
        }

        if (doc.Parent is not null)
        {
            Add($"{(doc.Level < 3 ? 3 : 2)}. {OwnOffice(doc)} tổng hợp, báo cáo kết quả thực hiện năm {Year} về {doc.Parent.Issuer} trước ngày {reportDay}/11/{Year}.");
        }

        Add(string.Empty);
        Add("Nơi nhận:");
        if (doc.Parent is not null)
        {
            Add($"- {doc.Parent.Issuer} (b/c);");
        }

        Add("- Các đơn vị liên quan;");
        Add("- Lưu: VT.");
        Add("KT. THỦ TRƯỞNG");
        Add("PHÓ THỦ TRƯỞNG");
        Add(CascadeVocabulary.Signers[random.Next(CascadeVocabulary.Signers.Length)]);

        var path = System.IO.Path.Combine(folder, doc.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (doc.Path.EndsWith(".docx", StringComparison.Ordinal))
        {
            WriteDocx(path, lines);
        }
        else
        {
            File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        }

        return new FileInfo(path).Length;
    }

    // One paragraph per line, so that a .docx line number is the line of the text version.
    private static void WriteDocx(string path, List<string> lines)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new W.Body();
        foreach (var line in lines)
        {
            var paragraph = new W.Paragraph();
            var cells = line.Split('\t');
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    paragraph.AppendChild(new W.Run(new W.TabChar()));
                }

                if (cells[i].Length > 0)
                {
                    paragraph.AppendChild(new W.Run(new W.Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve }));
                }
            }

            body.AppendChild(paragraph);
        }

        main.Document = new W.Document(body);
        main.Document.Save();
    }

    private static string Slug(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return string.Join('-', sb.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}

using System.Text.RegularExpressions;
using ComplianceEngine.Core.Importing.Grammar;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Importing;

/// <summary>
/// Reads the tasks of one section as a tree of items: numbered items ("2.", "2.1."), lettered sub-items ("a)") and
/// bullets ("-", "+") nest by their marker; unnumbered paragraphs and labelled lines ("- Thời gian: …") belong to the
/// item above them. Then decides, item by item, what is a task:
/// <list type="bullet">
/// <item>a section title ("1. Mục đích", "3. Nội dung hoạt động", "4. Tổ chức thực hiện"; words in rules/catalogs/labels.yaml)
/// is never a task; under "Tổ chức thực hiện" the items are duties per body;</item>
/// <item>a short title over sub-items (a group heading) is not a task, its sub-items are (ids "III.1.a", "1.a");</item>
/// <item>a body's item in "TỔ CHỨC THỰC HIỆN" ("2. Sở Y tế", "3. Sở Nội vụ: …") assigns its sub-items (ids "IV.2.c") or
/// itself to that body; bullets directly under a "Tổ chức thực hiện" title are separate assignments (ids "4#1");</item>
/// <item>sub-items stay details of their item when the item's own labelled lines (lead, time) follow them.</item>
/// </list>
/// Each task's lead, supporting units and timeline are read from its labelled lines, its sentences ("X chủ trì, phối hợp Y",
/// "Giao X …", "X thực hiện."), its subject, or the body it belongs to; its timeline is the labelled one or else every time
/// phrase of the item (<see cref="TimePhrases"/>).
/// </summary>
internal sealed partial class TaskTreeReader(IReadOnlyList<Paragraph> paragraphs, string? section, string file, List<ExtractedTask> tasks)
{
    private static ImportVocabulary Vocabulary => ImportVocabulary.Default;

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}])")]
    private static partial Regex SentenceBreakRegex();

    [GeneratedRegex(@"^(?<label>[\p{L} ]{2,45}?)\s*:\s*(?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^(?:Nhiệm vụ|Trách nhiệm|Nhiệm vụ cụ thể)\s+của\s+(?<units>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DutiesOfRegex();

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex ParenthesisRegex();

    [GeneratedRegex(@"^(?:[Gg]iao\s+)(?:\d+\s+)?(?<u>.+?)\s+(?:chủ trì|thực hiện|tham mưu|phụ trách|theo dõi|kiêm nhiệm)\b")]
    private static partial Regex GiveRegex();

    [GeneratedRegex(@"^(?<u>.+?)\s+chủ trì\b")]
    private static partial Regex LeadsRegex();

    [GeneratedRegex(@"^(?<u>.+?)\s+(?:thực hiện|chủ trì)\s*(?:[.;,]|$)")]
    private static partial Regex DoesRegex();

    [GeneratedRegex(@"\b[Pp]hối hợp(?:\s+với)?\s+(?<u>.+)$")]
    private static partial Regex SupportRegex();

    /// <summary>Reads the paragraphs [<paramref name="from"/>, <paramref name="to"/>); <paramref name="duties"/> for "TỔ CHỨC THỰC HIỆN".</summary>
    public void Read(int from, int to, bool duties)
    {
        var root = new Node(null, 0);
        var stack = new Stack<Node>();
        stack.Push(root);
        for (var i = from; i < to; i++)
        {
            var p = paragraphs[i];
            if (p.IsFootnote)
            {
                continue;
            }

            if (p.IsTableRow && (TaskExtractor.TaskTable.IsHeader(p) || TaskExtractor.UnitTable.IsHeader(p)))
            {
                Emit(root, duties);
                root = new Node(null, 0);
                stack.Clear();
                stack.Push(root);
                i = (TaskExtractor.TaskTable.IsHeader(p)
                    ? TaskExtractor.TaskTable.Read(paragraphs, i, to, section, file, tasks)
                    : TaskExtractor.UnitTable.Read(paragraphs, i, to, section ?? string.Empty, file, tasks)) - 1;
                continue;
            }

            if (TaskExtractor.IsClosing(p))
            {
                break;
            }

            if (p.IsTableRow || p.Marker.Kind is MarkerKind.None or MarkerKind.Roman)
            {
                stack.Peek().Lines.Add(p);
                continue;
            }

            if (p.Marker.Kind == MarkerKind.Bullet && IsFieldLine(p.Body))
            {
                // "- Thời gian: …" belongs to the item, not to the bullet above it.
                while (stack.Count > 1 && stack.Peek().Level >= 20)
                {
                    stack.Pop();
                }

                stack.Peek().Lines.Add(p);
                continue;
            }

            var level = LevelOf(p);
            while (stack.Count > 1 && stack.Peek().Level >= level)
            {
                stack.Pop();
            }

            var node = new Node(p, level);
            stack.Peek().Children.Add(node);
            stack.Push(node);
        }

        Emit(root, duties);
    }

    private void Emit(Node root, bool duties)
    {
        foreach (var child in root.Children)
        {
            if (duties)
            {
                Body(child, Prefix(child, section), section, new Context([], false));
            }
            else
            {
                Content(child, null, new Context([], false), 0);
            }
        }
    }

    private static int LevelOf(Paragraph p) => p.Marker.Kind switch
    {
        MarkerKind.Number => p.Marker.Depth,
        MarkerKind.Letter => 10,
        MarkerKind.Bullet => 20 + p.Marker.Depth,
        _ => 99,
    };

    // Labelled lines of the item itself ("- Cơ quan chủ trì: …" after its sub-items belongs to the item).
    private static bool HasFields(Node n) => n.Lines.Any(l => IsFieldLine(l.Marker.Kind == MarkerKind.None ? l.Text : l.Body));

    private static bool IsFieldLine(string body)
    {
        var m = LabelRegex().Match(body.Trim());
        return m.Success && Vocabulary.IsFieldLabel(VietnameseText.Fold(m.Groups["label"].Value));
    }

    // A content item: a section title, a group heading over its sub-items, or a task.
    private void Content(Node n, string? parentId, Context context, int bullet)
    {
        var body = n.Head!.Body.Trim();
        var (title, rest) = SplitTitle(body);
        if (n.Head.Marker.Kind == MarkerKind.Number)
        {
            switch (Vocabulary.HeadingOf(title))
            {
                case HeadingRole.None:
                    return;
                case HeadingRole.Tasks when rest.Length == 0:
                    foreach (var c in n.Children.Where(c => c.Head!.Marker.Kind != MarkerKind.Bullet))
                    {
                        Content(c, Id(n, parentId, bullet), context, 0);
                    }

                    return;
                case HeadingRole.Duties when n.Children.Count > 0 && rest.Length == 0:
                    var k = 0;
                    foreach (var c in n.Children)
                    {
                        var prefix = c.Head!.Marker.Kind == MarkerKind.Bullet ? Id(n, parentId, 0) + "#" + (++k).ToString(System.Globalization.CultureInfo.InvariantCulture) : Prefix(c, Id(n, parentId, 0));
                        Body(c, prefix, Id(n, parentId, 0), context);
                    }

                    return;
                case HeadingRole.Duties:
                    Emit(n, Id(n, parentId, bullet), rest, new Context([], false), TaskKind.Assignment);
                    return;
            }
        }

        var subs = n.Children.Where(c => c.Head!.Marker.Kind is MarkerKind.Number or MarkerKind.Letter && !IsFieldLine(c.Head.Body)).ToList();
        var ownFields = HasFields(n) || (subs.Count > 1 && HasFields(subs[^1]) && subs.Take(subs.Count - 1).All(c => !HasFields(c)));
        if (subs.Count == 0 || ownFields)
        {
            Emit(n, Id(n, parentId, bullet), body, context, context.Units.Count > 0 ? TaskKind.Assignment : TaskKind.Activity);
            return;
        }

        // "1. Nhiệm vụ của UBND các xã, thị trấn": the sub-items are that body's duties.
        var of = DutiesOfRegex().Match(body.TrimEnd(':', '.'));
        var inner = of.Success ? new Context(UnitListParser.Split(of.Groups["units"].Value), IsRequest(body)) : context;
        // A short title over lettered sub-items is a group heading, not a task; an item over numbered sub-items ("4." over
        // "4.1.", "4.2.") stays a task of its own, and the rules do not flag it on top of its sub-tasks.
        if (!IsGroupHeading(body) || subs.All(c => c.Head!.Marker.Kind == MarkerKind.Number))
        {
            Emit(n, Id(n, parentId, bullet), body, context, TaskKind.Activity, withChildren: false);
        }

        foreach (var c in subs)
        {
            Content(c, Id(n, parentId, bullet), inner, 0);
        }
    }

    // A body's item in "TỔ CHỨC THỰC HIỆN": "2. Sở Y tế" over its duties, "3. Sở Nội vụ: …", or a duty written as a sentence.
    private void Body(Node n, string id, string? parentId, Context outer)
    {
        var body = n.Head!.Body.Trim();
        var request = IsRequest(body);
        var colon = body.IndexOf(':');
        IReadOnlyList<string> units = [];
        var text = body;
        if (colon > 0 && IsUnitPhrase(body[..colon]))
        {
            var before = body[..colon];
            var after = body[(colon + 1)..].Trim();
            units = UnitListParser.Enumeration(UnitListParser.StripRequest(before), after) ?? UnitListParser.Split(ParenthesisRegex().Replace(before, string.Empty));
            text = after;
        }
        else if (IsUnitPhrase(body.TrimEnd(':')) && n.Children.Count > 0)
        {
            units = UnitListParser.Split(ParenthesisRegex().Replace(body.TrimEnd(':'), string.Empty));
            text = string.Empty;
        }
        else if (colon > 0 && Vocabulary.HeadingOf(body[..colon]) != HeadingRole.NotHeading)
        {
            text = body[(colon + 1)..].Trim(); // "8. Chế độ báo cáo: Các sở … gửi báo cáo …"
        }

        var context = new Context(units.Count > 0 ? units : outer.Units, request || outer.Request);
        var subs = n.Children.Where(c => c.Head!.Marker.Kind is MarkerKind.Letter or MarkerKind.Number && !IsFieldLine(c.Head.Body)).ToList();
        if (subs.Count > 0 && !HasFields(n))
        {
            if (text.Length > 0 && !IsGroupHeading(text))
            {
                Emit(n, id, text, context, TaskKind.Assignment, withChildren: false);
            }

            foreach (var c in subs)
            {
                var childId = c.Head!.Marker.Kind == MarkerKind.Letter ? id + "." + c.Head.Marker.Value : Prefix(c, section);
                Emit(c, childId, c.Head.Body.Trim(), context, TaskKind.Assignment);
            }

            return;
        }

        // "5. UBND các huyện:" over bullets that are each a full duty ("- Chỉ đạo …; thời gian …", "+ Bố trí …"): one
        // task per bullet, "5#1", "5#2", assigned to that body. Bullets that are fields ("- Thời gian: …") or short
        // phrases keep the item one task.
        var duties = units.Count > 0 && (text.Length == 0 || IsGroupHeading(text)) ? BulletDuties(n) : null;
        if (duties is not null)
        {
            var k = 0;
            foreach (var (c, withChildren) in duties)
            {
                Emit(c, id + "#" + (++k).ToString(System.Globalization.CultureInfo.InvariantCulture), c.Head!.Body.Trim(), context, TaskKind.Assignment, withChildren);
            }

            return;
        }

        Emit(n, id, text, context, TaskKind.Assignment);
    }

    // The bullets under a body's item when every one is a full duty sentence (a lead-in ending with ':' is not a duty;
    // its own bullets are) with its own time; null when any is a field line, a short phrase or has no time of its own,
    // or when there are fewer than two.
    private static List<(Node Node, bool WithChildren)>? BulletDuties(Node n)
    {
        var bullets = n.Descendants().Where(c => c.Head!.Marker.Kind == MarkerKind.Bullet).ToList();
        if (bullets.Count != n.Descendants().Count() || bullets.Any(c => IsFieldLine(c.Head!.Body)))
        {
            return null;
        }

        var duties = new List<(Node, bool)>();
        foreach (var c in bullets)
        {
            var t = c.Head!.Body.Trim();
            if (t.EndsWith(':') && c.Children.Count > 0)
            {
                continue;
            }

            if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 6 || !TimePhrases.Any(t))
            {
                return null;
            }

            duties.Add((c, false));
        }

        return duties.Count >= 2 ? duties : null;
    }

    // One task from item n: its text, the texts of its lines and (unless withChildren is false) of everything under it.
    private void Emit(Node n, string id, string text, Context context, TaskKind kind, bool withChildren = true)
    {
        var head = n.Head!;
        var lines = new List<Paragraph>(n.Lines);
        var details = new List<string>();
        if (withChildren)
        {
            foreach (var c in n.Descendants())
            {
                details.Add(c.Head!.Body.Trim());
                lines.AddRange(c.Lines);
            }
        }

        var at = new SourceLocation(file, head.Line, 1);
        Located<string>? lead = null, timeline = null;
        var supporting = new List<string>();
        IReadOnlyList<string> leads = [];
        var contentLabelled = false;

        // Labelled lines and labelled sentences: "- Đơn vị thực hiện: …", "Cơ quan thực hiện: …. Thời gian: …", "…; thời gian: …".
        var labelled = new List<(string Label, string Value, Paragraph P)>();
        foreach (var (t, p) in new[] { (text, head) }.Concat(lines.Select(l => (LineText(l), l))).Concat(withChildren ? n.Descendants().Select(c => (c.Head!.Body.Trim(), c.Head!)) : []))
        {
            foreach (var sentence in Sentences(t))
            {
                foreach (var clause in LabelledClauses(sentence))
                {
                    labelled.Add((clause.Label, clause.Value, p));
                }
            }
        }

        foreach (var (label, value, p) in labelled)
        {
            var where = new SourceLocation(file, p.Line, 1);
            if (Vocabulary.TimeLabels.Contains(label))
            {
                timeline ??= value.Length > 0 ? new Located<string>(value, where) : null;
            }
            else if (Vocabulary.SupportLabels.Contains(label))
            {
                supporting.AddRange(UnitListParser.Split(value));
            }
            else if (Vocabulary.LeadLabels.Contains(label) && value.Length > 0 && lead is null && leads.Count == 0)
            {
                var (l, s) = TaskExtractor.Responsibility(value, leadField: label.Contains("chu tri", StringComparison.Ordinal));
                if (l is not null && value.Split(';').Length > 1 && !ContainsRole(value))
                {
                    leads = value.Split(';').Select(u => u.Trim().TrimEnd('.')).Where(u => u.Length > 0).ToList();
                }
                else
                {
                    lead = l is null ? null : new Located<string>(l, where);
                    supporting.AddRange(s);
                }
            }
            else if (Vocabulary.ContentLabels.Contains(label))
            {
                contentLabelled = true;
            }
        }

        // Sentences: "X chủ trì, Y phối hợp", "Giao X chủ trì", "X thực hiện.", or the subject of the first sentence.
        IReadOnlyList<string> subject = [];
        if (lead is null && leads.Count == 0)
        {
            var all = new[] { text }.Concat(lines.Where(l => !IsFieldLine(LineText(l))).Select(LineText));
            foreach (var sentence in all.SelectMany(Sentences))
            {
                foreach (var clause in sentence.Split(';').Select(c => c.Trim()))
                {
                    var found = SentenceLead(clause);
                    if (found is not null)
                    {
                        lead = new Located<string>(found.Value.Lead, at);
                        supporting.AddRange(found.Value.Support);
                        break;
                    }
                }

                if (lead is not null)
                {
                    break;
                }
            }

            if (lead is null && !contentLabelled)
            {
                // The subject of the text, of what follows a short title ("Chế độ báo cáo: Các sở … gửi …"), or of the
                // first paragraph under a title ("5. Kinh phí" / "Phòng TC-KH tham mưu …").
                var (title0, after) = SplitTitle(text);
                var candidates = new List<string> { text };
                if (after.Length > 0 && title0.Split(' ').Length <= 6)
                {
                    candidates.Add(after);
                }

                if (IsGroupHeading(text))
                {
                    candidates.AddRange(n.Lines.Where(l => l.Marker.Kind == MarkerKind.None && !l.IsTableRow).Take(1).Select(LineText));
                }

                foreach (var candidate in candidates)
                {
                    subject = Subject(candidate);
                    if (subject.Count > 0)
                    {
                        supporting.AddRange(SupportAfter(candidate));
                        break;
                    }
                }
            }
        }

        if (lead is null && leads.Count == 0 && subject.Count == 0 && context.Units.Count > 0)
        {
            // "c) Phối hợp Sở Giáo dục và Đào tạo tổ chức …": the body leads, the named unit supports.
            var first = FirstClause(text);
            if (VietnameseText.Fold(first).StartsWith("phoi hop", StringComparison.Ordinal))
            {
                supporting.AddRange(SupportAfter(first));
            }
        }

        var assigned = leads.Count > 0 ? leads : subject.Count > 0 ? subject : context.Units;
        if (lead is not null && IsRequest(lead.Value))
        {
            // "- Chủ trì: Đề nghị Hội Liên hiệp Phụ nữ tỉnh": a request, and the request word is not part of the unit.
            context = context with { Request = true };
            lead = lead with { Value = UnitListParser.StripRequest(lead.Value) };
        }

        if (lead is null && assigned.Count == 1 && UnitListParser.IsSingle(assigned[0]))
        {
            lead = new Located<string>(assigned[0], at);
        }
        else if (lead is not null && assigned.Count == 0)
        {
            // A task with a named lead is the lead's to do ("- Chủ trì: Sở Nội vụ"): it is not addressed to every unit below.
            assigned = [lead.Value];
        }

        var request = context.Request || IsRequest(text);
        var taskKind = request ? TaskKind.Request
            : Vocabulary.AreInternal(assigned.Count > 0 ? assigned : lead is null ? [] : [lead.Value]) ? TaskKind.Internal
            : context.Units.Count > 0 || (kind == TaskKind.Assignment && assigned.Count > 0) ? TaskKind.Assignment
            : TaskKind.Activity;

        var itemText = string.Join(" ", new[] { text }.Concat(lines.Select(LineText)).Concat(details));
        timeline ??= TaskExtractor.ParenthesisTimeline([head, .. lines], file);
        // Without a labelled timeline, every time phrase of the item (its sentences, lines and sub-items) is its timeline.
        if (timeline is null)
        {
            var joined = TimePhrases.Join(itemText);
            timeline = joined is null ? null : new Located<string>(joined, at);
        }
        else if (timeline is not null && TimePhrases.RefersElsewhere(timeline.Value) && TimePhrases.Join(itemText.Replace(timeline.Value, string.Empty, StringComparison.Ordinal)) is { } inText)
        {
            // "Thời gian: Theo các mốc nêu trên": the dates written in the task are its timeline.
            timeline = timeline with { Value = timeline.Value + " (" + inText + ")" };
        }

        // Details in document order: the rest of the text, then every line and sub-item except the lead, support and time
        // fields and a bare "- Nội dung:". A body's heading ("1. Sở Y tế") takes its first duty as title.
        var below = lines.Concat(withChildren ? n.Descendants().Select(c => c.Head!) : [])
            .OrderBy(p => p.Index)
            .Where(p => !IsContentLabelOnly(p) && !IsRoleOrTimeLine(LineText(p)))
            .Select(LineText)
            .ToList();
        string title;
        var taskDetails = new List<string>();
        if (text.Length == 0 && below.Count > 0)
        {
            var first = below.FindIndex(d => !d.TrimEnd().EndsWith(':'));
            title = TaskExtractor.FirstSentence(below[first < 0 ? 0 : first]);
            taskDetails.AddRange(below);
        }
        else
        {
            title = TaskExtractor.FirstSentence(text.Length > 0 ? text : head.Body.Trim());
            taskDetails.AddRange(TaskExtractor.SentencesAfterFirst(text));
            taskDetails.AddRange(below);
        }

        tasks.Add(new ExtractedTask(
            new PlanTask
            {
                Id = id,
                Number = head.Marker.Label,
                Section = section,
                Title = title,
                Details = taskDetails,
                LeadUnit = lead,
                SupportingUnits = supporting.Distinct(StringComparer.Ordinal).ToList(),
                AssignedTo = assigned,
                Timeline = timeline,
                Kind = taskKind,
                Location = at,
            },
            [head, .. lines]));
    }

    private static bool ContainsRole(string value)
    {
        var f = VietnameseText.Fold(value);
        return f.Contains("chu tri", StringComparison.Ordinal) || f.Contains("phoi hop", StringComparison.Ordinal);
    }

    private static bool IsRoleOrTimeLine(string line)
    {
        var m = LabelRegex().Match(line.Trim());
        if (!m.Success)
        {
            return false;
        }

        var label = VietnameseText.Fold(m.Groups["label"].Value).Trim();
        return Vocabulary.LeadLabels.Contains(label) || Vocabulary.SupportLabels.Contains(label) || Vocabulary.TimeLabels.Contains(label);
    }

    private static bool IsContentLabelOnly(Paragraph p) =>
        Vocabulary.ContentLabels.Contains(VietnameseText.Fold(LineText(p)).TrimEnd(':', '.').Trim());

    private static string LineText(Paragraph p) =>
        p.IsTableRow ? string.Join(" | ", p.Cells.Where(c => c.Length > 0)) : p.Marker.Kind is MarkerKind.Bullet or MarkerKind.Letter ? p.Body.Trim() : p.Text.Trim();

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreakRegex().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0);

    // "Thời gian: thường xuyên; kiểm tra liên ngành trong quý III/2022." or "…; thời gian: cả năm 2022.": the label and the
    // rest of the sentence.
    private static IEnumerable<(string Label, string Value)> LabelledClauses(string sentence)
    {
        var starts = new List<int> { 0 };
        for (var i = sentence.IndexOf(';'); i >= 0; i = sentence.IndexOf(';', i + 1))
        {
            starts.Add(i + 1);
        }

        foreach (var s in starts)
        {
            var m = LabelRegex().Match(sentence[s..].Trim());
            if (!m.Success)
            {
                continue;
            }

            var label = VietnameseText.Fold(m.Groups["label"].Value).Trim();
            if (!Vocabulary.IsFieldLabel(label))
            {
                continue;
            }

            var value = m.Groups["value"].Value.Trim().TrimEnd('.', ';').Trim();
            if (value.EndsWith("./", StringComparison.Ordinal))
            {
                value = value[..^2].Trim();
            }

            yield return (label, Vocabulary.TimeLabels.Contains(label) || Vocabulary.ContentLabels.Contains(label) ? value : value.Split(". ")[0]);
            yield break;
        }
    }

    // "Phòng VH-TT chủ trì, phối hợp Trung tâm … tuyên truyền …", "Giao công chức Văn hóa - Xã hội chủ trì, các thôn phối hợp",
    // "Đài truyền thanh xã thực hiện.", "Hội LHPN phường chủ trì, Công an phường phối hợp".
    private static (string Lead, IReadOnlyList<string> Support)? SentenceLead(string clause)
    {
        clause = clause.Trim().TrimEnd('.').Trim();
        var give = GiveRegex().Match(clause);
        if (give.Success && UnitListParser.StartsWithHead(give.Groups["u"].Value, 0))
        {
            return (give.Groups["u"].Value.Trim(), SupportAfter(clause));
        }

        var leads = LeadsRegex().Match(clause);
        if (leads.Success && UnitListParser.StartsWithHead(UnitListParser.StripRequest(leads.Groups["u"].Value), 0) && !StartsWithVerb(leads.Groups["u"].Value))
        {
            var units = UnitListParser.Split(leads.Groups["u"].Value);
            if (units.Count >= 1 && units[0].Split(' ').Length <= 10)
            {
                return (units[0], SupportAfter(clause));
            }
        }

        var does = DoesRegex().Match(clause);
        if (does.Success && UnitListParser.StartsWithHead(does.Groups["u"].Value, 0) && !StartsWithVerb(does.Groups["u"].Value) && does.Groups["u"].Value.Split(' ').Length <= 10)
        {
            return (does.Groups["u"].Value.Trim(), []);
        }

        return null;
    }

    // "… phối hợp (với) Công an huyện, Hội LHPN huyện duy trì …" → the units before the next verb; "…, Y phối hợp" → Y.
    private static IReadOnlyList<string> SupportAfter(string clause)
    {
        var f = clause.IndexOf("phối hợp", StringComparison.OrdinalIgnoreCase);
        if (f < 0)
        {
            return [];
        }

        var before = clause[..f].TrimEnd();
        var comma = before.LastIndexOf(',');
        if (comma >= 0 && before.EndsWith(',') is false && before[..comma].Contains("chủ trì", StringComparison.OrdinalIgnoreCase) && IsUnitPhrase(before[(comma + 1)..].Trim()))
        {
            return UnitListParser.Split(before[(comma + 1)..].Trim());
        }

        var m = SupportRegex().Match(clause[f..]);
        if (!m.Success)
        {
            return [];
        }

        var after = m.Groups["u"].Value;
        if (!UnitListParser.StartsWithHead(after, 0) || StartsWithVerb(after))
        {
            return [];
        }

        return UnitListParser.Split(CutAtPlace(UnitListParser.Subject(after))).Where(u => u.Split(' ').Length <= 10).ToList();
    }

    // The subject of a duty written as a sentence: "Các cơ quan, đơn vị, UBND các xã, thị trấn tổ chức …", "Đề nghị Ủy ban MTTQ
    // huyện, Hội LHPN huyện phối hợp …", "Phòng VH-TT, Trung tâm TT-VH huyện: tăng thời lượng …".
    private static IReadOnlyList<string> Subject(string text)
    {
        var stripped = UnitListParser.StripRequest(text.Trim());
        if (stripped.StartsWith("Thành viên ", StringComparison.Ordinal))
        {
            stripped = stripped["Thành viên ".Length..];
        }

        if (!UnitListParser.StartsWithHead(stripped, 0) || StartsWithVerb(stripped))
        {
            return [];
        }

        var colon = stripped.IndexOf(':');
        if (colon > 0 && IsUnitPhrase(stripped[..colon]))
        {
            return UnitListParser.Split(ParenthesisRegex().Replace(stripped[..colon], string.Empty));
        }

        // "Phòng, chống tảo hôn …" is an activity, not the name of an office.
        var firstWord = stripped.Split(' ', 2)[0];
        if (firstWord.EndsWith(',') || stripped.Length <= firstWord.Length)
        {
            return [];
        }

        var clause = stripped.Split([';', ':'], 2)[0];
        var subject = UnitListParser.Subject(clause);
        if (subject.Length == clause.Trim().TrimEnd('.', ',', ';', ':').Trim().Length)
        {
            // No verb of the vocabulary: the units end at their place word ("Phòng Y tế, TTYT huyện nói chuyện …").
            var cut = CutAtPlace(subject);
            if (cut.Length == subject.Length)
            {
                return []; // not a sentence with a subject
            }

            subject = cut;
        }

        var units = UnitListParser.Split(ParenthesisRegex().Replace(subject, string.Empty)).Where(u => u.Length > 1).ToList();
        return units.All(u => u.Split(' ').Length <= 20) ? units : [];
    }

    // "Trung tâm Văn hóa huyện đưa tin …": a unit name ends at its place word ("huyện", "tỉnh", "xã" …) when a lower-case
    // word that is not a place name follows.
    private static string CutAtPlace(string units)
    {
        var m = PlaceEndRegex().Match(units);
        return m.Success ? units[..m.Index].Trim() : units;
    }

    [GeneratedRegex(@"(?<=\b(?:huyện|tỉnh|xã|phường|thị trấn|thị xã|thành phố|quận))\s+(?=\p{Ll})(?!và\s|các\s|hội\b|huyện|tỉnh|xã|phường|thị|thành|quận)")]
    private static partial Regex PlaceEndRegex();

    private static string FirstClause(string text) => Sentences(text).FirstOrDefault()?.Split(';')[0].Trim() ?? string.Empty;

    private static bool StartsWithVerb(string text)
    {
        var t = UnitListParser.StripRequest(text.Trim());
        return Vocabulary.Verbs.Any(v => t.StartsWith(v, StringComparison.OrdinalIgnoreCase)
            && (t.Length == v.Length || !char.IsLetter(t[v.Length])));
    }

    private static bool IsRequest(string text)
    {
        var f = VietnameseText.Fold(text.TrimStart());
        return Vocabulary.RequestWords.Any(w => f.StartsWith(w + " ", StringComparison.Ordinal));
    }

    // "Sở Y tế", "UBND các huyện, thành phố, thị xã", "Đề nghị Hội Liên hiệp Phụ nữ tỉnh", "Sở Nội vụ (cơ quan thường trực …)".
    private static bool IsUnitPhrase(string text)
    {
        var t = UnitListParser.StripRequest(ParenthesisRegex().Replace(text, string.Empty).Trim());
        return t.Length > 0 && UnitListParser.StartsWithHead(t, 0) && !StartsWithVerb(t) && !t.Split(' ', 2)[0].EndsWith(',') && !t.Contains(';', StringComparison.Ordinal) && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 20
            && UnitListParser.Subject(t).Length == t.TrimEnd('.', ',', ';', ':').Trim().Length;
    }

    // A short title over sub-items: no sentence stop, no time, at most 20 words ("Công tác tuyên truyền", "2. Nhiệm vụ trọng tâm").
    private static bool IsGroupHeading(string text)
    {
        var t = text.Trim().TrimEnd(':').Trim();
        return !t.EndsWith('.') && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 20 && !TimePhrases.Any(t);
    }

    private static (string Title, string Remainder) SplitTitle(string body)
    {
        var colon = body.IndexOf(':');
        return colon > 0 ? (body[..colon].Trim(), body[(colon + 1)..].Trim()) : (body.Trim(), string.Empty);
    }

    private string Id(Node n, string? parentId, int bullet)
    {
        var head = n.Head!;
        if (bullet > 0)
        {
            return parentId + "#" + bullet.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (head.Marker.Kind == MarkerKind.Letter || (head.Marker.Kind == MarkerKind.Number && parentId is not null && !head.Marker.Value.Contains('.', StringComparison.Ordinal)))
        {
            return parentId + "." + head.Marker.Value;
        }

        var id = head.Marker.Value;
        return tasks.Any(t => t.Task.Id == id) && section is not null ? section + "." + id : id;
    }

    private static string Prefix(Node n, string? prefix) =>
        prefix is null ? n.Head!.Marker.Value : prefix + "." + n.Head!.Marker.Value;

    private sealed record Context(IReadOnlyList<string> Units, bool Request);

    private sealed class Node(Paragraph? head, int level)
    {
        public Paragraph? Head { get; } = head;

        public int Level { get; } = level;

        public List<Paragraph> Lines { get; } = [];

        public List<Node> Children { get; } = [];

        public IEnumerable<Node> Descendants() => Children.SelectMany(c => new[] { c }.Concat(c.Descendants()));
    }
}

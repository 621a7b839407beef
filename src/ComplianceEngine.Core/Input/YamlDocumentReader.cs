using ComplianceEngine.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Core.Input;

/// <summary>Reads one YAML document into a node tree, turning YamlDotNet's exceptions into positioned <see cref="InputError"/>s.</summary>
internal static class YamlDocumentReader
{
    public static YamlNode ReadRoot(string text, string file) => ReadRoot(text, file, InputLimits.Default);

    /// <summary>
    /// Reads one YAML document held to <paramref name="limits"/>: its events are first counted without building anything
    /// (YamlDotNet's parser is not recursive, its node builder is), so that a document nested deeper than
    /// <see cref="InputLimits.MaxNestingDepth"/>, or one whose aliases expand past <see cref="InputLimits.MaxYamlNodes"/>
    /// nodes (an alias bomb, which every reader of the tree would walk in full), is refused at the line where it crosses.
    /// </summary>
    public static YamlNode ReadRoot(string text, string file, InputLimits limits)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            CheckShape(text, file, limits);
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                throw new InputErrorException(InputError.At(new SourceLocation(file, 1, 1), "empty-file"));
            }

            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode;
                throw new InputErrorException(InputError.At(new SourceLocation(file, (int)second.Start.Line, (int)second.Start.Column), "several-documents"));
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e) when (e.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            throw new InputErrorException(InputError.At(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), "duplicate-key",
                ("key", e.Message["Duplicate key".Length..].Trim())));
        }
        catch (YamlException e)
        {
            throw new InputErrorException(InputError.At(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), "yaml-syntax",
                ("detail", e.InnerException?.Message ?? e.Message)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or InvalidCastException or FormatException or OverflowException)
        {
            // YamlDotNet gives no position for some truncated flow collections: report where parsing stopped.
            var at = parser.Current?.End ?? Mark.Empty;
            throw new InputErrorException(InputError.At(new SourceLocation(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)), "yaml-syntax",
                ("detail", "unexpected end of a list or mapping")));
        }
    }

    // One pass over the parser's events: the nesting depth, and the number of nodes with aliases expanded (an alias
    // counts as the size of the node it names), each compared with its limit as it grows.
    private static void CheckShape(string text, string file, InputLimits limits)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Start)>();
        long total = 0;
        // Without aliases a node takes at least a character of the text, so only aliases can pass this bound; a large
        // plan written by import (100,000 lines) stays under it.
        long most = Math.Max(limits.MaxYamlNodes, text.Length);
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            switch (e)
            {
                case YamlDotNet.Core.Events.AnchorAlias alias:
                    total += sizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                case YamlDotNet.Core.Events.Scalar scalar:
                    total++;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        sizes[scalar.Anchor.Value] = 1;
                    }

                    break;
                case YamlDotNet.Core.Events.NodeEvent { } node and (YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart):
                    total++;
                    open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, total));
                    if (open.Count > limits.MaxNestingDepth)
                    {
                        throw InputLimits.Breach(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), "max_nesting_depth",
                            limits.MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), "> " + limits.MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    break;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd when open.Count > 0:
                    var (anchor, start) = open.Pop();
                    if (anchor is not null)
                    {
                        sizes[anchor] = total - start + 1;
                    }

                    break;
            }

            if (total > most)
            {
                throw InputLimits.Breach(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), "max_yaml_nodes",
                    limits.MaxYamlNodes.ToString(System.Globalization.CultureInfo.InvariantCulture), "aliases expand past it");
            }
        }
    }
}

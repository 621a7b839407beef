using ComplianceEngine.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ComplianceEngine.Core.Input;

/// <summary>Reads one YAML document into a node tree, turning YamlDotNet's exceptions into positioned <see cref="InputError"/>s.</summary>
internal static class YamlDocumentReader
{
    public static YamlNode ReadRoot(string text, string file)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
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
        catch (InvalidOperationException)
        {
            // YamlDotNet gives no position for some truncated flow collections: report where parsing stopped.
            var at = parser.Current?.End ?? Mark.Empty;
            throw new InputErrorException(InputError.At(new SourceLocation(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)), "yaml-syntax",
                ("detail", "unexpected end of a list or mapping")));
        }
    }
}

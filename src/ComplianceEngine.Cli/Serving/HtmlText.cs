using System.Text;
using System.Text.Encodings.Web;

namespace ComplianceEngine.Cli.Serving;

/// <summary>
/// Builds an HTML page in which every value is encoded: <see cref="Text"/> and the attribute arguments pass through
/// <see cref="HtmlEncoder"/>; only <see cref="Tag"/>'s constant markup is written as is. Document text — titles,
/// quoted lines, messages, file names — therefore never becomes markup, whatever it contains.
/// </summary>
internal sealed class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private readonly StringBuilder html = new();

    /// <summary>Constant markup written by this program (never data).</summary>
    public HtmlText Tag(string markup)
    {
        html.Append(markup);
        return this;
    }

    /// <summary>Text, encoded.</summary>
    public HtmlText Text(string? text)
    {
        html.Append(Encoder.Encode(text ?? string.Empty));
        return this;
    }

    /// <summary>An element with encoded text: <c>&lt;name class="…"&gt;text&lt;/name&gt;</c>.</summary>
    public HtmlText Element(string name, string? text, string? cssClass = null)
    {
        html.Append('<').Append(name);
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(Encoder.Encode(cssClass)).Append('"');
        }

        html.Append('>').Append(Encoder.Encode(text ?? string.Empty)).Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>A link with an encoded address and text.</summary>
    public HtmlText Link(string href, string? text, string? cssClass = null)
    {
        html.Append("<a href=\"").Append(Encoder.Encode(href)).Append('"');
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(Encoder.Encode(cssClass)).Append('"');
        }

        html.Append('>').Append(Encoder.Encode(text ?? string.Empty)).Append("</a>");
        return this;
    }

    /// <summary>An <c>&lt;option&gt;</c> with an encoded value and text.</summary>
    public HtmlText Option(string value, string text, bool selected)
    {
        html.Append("<option value=\"").Append(Encoder.Encode(value)).Append('"').Append(selected ? " selected" : string.Empty).Append('>')
            .Append(Encoder.Encode(text)).Append("</option>");
        return this;
    }

    /// <summary>A hidden input with an encoded name and value (the antiforgery token).</summary>
    public HtmlText Hidden(string name, string value)
    {
        html.Append("<input type=\"hidden\" name=\"").Append(Encoder.Encode(name)).Append("\" value=\"").Append(Encoder.Encode(value)).Append("\">");
        return this;
    }

    /// <summary>An attribute value, encoded, for markup built around it (<c>value="…"</c>).</summary>
    public static string Attribute(string? value) => Encoder.Encode(value ?? string.Empty);

    /// <inheritdoc/>
    public override string ToString() => html.ToString();
}

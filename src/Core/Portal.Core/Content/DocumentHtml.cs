using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Portal.Core.Content;

/// <summary>
/// The one sanitizer for HTML written by editors (policy bodies today; news and learning material next). A strict
/// allow-list of what a document needs — headings, paragraphs, lists, tables, links, images, emphasis, code,
/// quotations — and nothing that can change the page around it: no style attributes (a fixed overlay), no forms,
/// inputs or buttons (a fake sign-in box), no classes (the page's own look), no svg or math (whose parsing
/// rules differ and once let a style element swallow the rest of a body). Ids are kept for links within the
/// document but prefixed, so they never collide with the page's own (#idle-warning, #main).
/// Modules store its output when content is saved (ADR 0026): a change to what it lets through must come with a
/// schema upgrade that clears the stored HTML of those modules, or old content keeps the old rules.
/// </summary>
public static class DocumentHtml
{
    public const string IdPrefix = "doc-";

    private static readonly string[] Tags =
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a", "img", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "small",
        "code", "pre", "kbd", "blockquote", "q", "cite", "abbr",
    ];

    private static readonly string[] Attributes = ["href", "src", "alt", "title", "id", "colspan", "rowspan", "start", "scope"];

    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = false };
        sanitizer.PostProcessNode += (_, e) => PrefixIds(e.Node);
        return sanitizer;
    }

    private static void PrefixIds(INode node)
    {
        if (node is not IElement element)
        {
            return;
        }

        if (element.GetAttribute("id") is { Length: > 0 } id && !id.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            element.SetAttribute("id", IdPrefix + id);
        }

        if (element.LocalName == "a" && element.GetAttribute("href") is { Length: > 1 } href && href[0] == '#' && !href.StartsWith("#" + IdPrefix, StringComparison.Ordinal))
        {
            element.SetAttribute("href", "#" + IdPrefix + href[1..]);
        }
    }
}

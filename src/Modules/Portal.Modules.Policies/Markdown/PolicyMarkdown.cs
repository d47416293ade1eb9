using Ganss.Xss;
using Markdig;

namespace Portal.Modules.Policies.Markdown;

/// <summary>
/// Document bodies are Markdown. Markdig passes raw HTML through, so its output always goes through
/// the sanitizer; ids stay (headings get GitHub-style ids, Chinese kept) so sections can be linked.
/// </summary>
public static class PolicyMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToSafeHtml(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? "" : Sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The text a reader sees, for the search index and snippets.</summary>
    public static string ToPlainText(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        return sanitizer;
    }
}

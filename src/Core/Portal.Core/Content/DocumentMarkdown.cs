using Markdig;
namespace Portal.Core.Content;

/// <summary>
/// Document bodies (policy documents, news and notices) are Markdown. Markdig passes raw HTML through, so its output always goes through
/// the portal's one document sanitizer (<see cref="DocumentHtml"/>); headings get GitHub-style ids (Chinese kept,
/// prefixed by the sanitizer) so sections can be linked. Its output is stored when a document is saved
/// (<c>BodyHtml</c>, ADR 0026): a change to the pipeline needs a schema upgrade that clears the stored HTML.
/// </summary>
public static class DocumentMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public static string ToSafeHtml(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? "" : DocumentHtml.Sanitize(Markdig.Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The text a reader sees, for the search index and snippets.</summary>
    public static string ToPlainText(string? markdown)
        => string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline);
}

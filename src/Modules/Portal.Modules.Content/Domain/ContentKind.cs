namespace Portal.Modules.Content.Domain;

/// <summary>文章 (news, articles), 通知 (with a date after which it no longer applies) and 单页 (关于我们, 联系我们).</summary>
internal enum ContentKind
{
    Article = 0,
    Notice = 1,
    Page = 2,
}

internal static class ContentKindText
{
    public static string Label(this ContentKind kind) => kind switch
    {
        ContentKind.Notice => "通知",
        ContentKind.Page => "单页",
        _ => "文章",
    };

    /// <summary>The word used in files, APIs and events.</summary>
    public static string Code(this ContentKind kind) => kind switch
    {
        ContentKind.Notice => "notice",
        ContentKind.Page => "page",
        _ => "article",
    };

    public static ContentKind? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "article" or "文章" => ContentKind.Article,
        "notice" or "通知" => ContentKind.Notice,
        "page" or "单页" => ContentKind.Page,
        _ => null,
    };
}

namespace Portal.Benchmarks;

/// <summary>An anonymous public page kind of the demo platform, and the path that shows it.</summary>
internal sealed record PageKind(string Name, string Path)
{
    /// <summary>Every anonymous public page kind (the browser suite's list), on the demo recipe's sites.</summary>
    public static IReadOnlyList<PageKind> All { get; } =
    [
        new("platform (/)", ""),
        new("home", "yizheng/"),
        new("policy library", "yangzhou/policies"),
        new("policy results", "yangzhou/policies?q=%E7%A6%BB%E9%80%80%E4%BC%91%E5%B9%B2%E9%83%A8"), // 离退休干部
        new("policy document", "yangzhou/policies/1"),
        new("healthcare desk", "yizheng/healthcare"),
        new("content column", "yizheng/columns/news"),
        new("content article", "yizheng/articles/1"),
        new("shared article", "yizheng/articles/1?from=jiangsu"),
        new("sign-in", "yangzhou/account/login"),
    ];
}

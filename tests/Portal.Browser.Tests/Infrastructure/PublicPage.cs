namespace Portal.Browser.Tests.Infrastructure;

/// <summary>One page kind on one theme's demo site; <see cref="Id"/> ("home@clear") names it in test names and file names.</summary>
public sealed record PublicPage(PageKind Kind, string Theme, string Path)
{
    public string Id => $"{Kind.Name}@{Theme}";
}

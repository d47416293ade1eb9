using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests;

/// <summary>
/// Every public page kind, the one list that drives the whole browser suite: a new kind of public page
/// (columns, articles, study items, courses …) joins every test by adding one line to <see cref="Kinds"/>.
/// </summary>
public static class PublicPages
{
    /// <summary>The demo site on the default Clear theme (it has the healthcare desk).</summary>
    public const string ClearSite = "yizheng";

    /// <summary>The demo site on the Classic theme (the test recipe adds the healthcare desk to it).</summary>
    public const string ClassicSite = "gaoyou";

    public static readonly IReadOnlyList<PageKind> Kinds =
    [
        new("platform", "/"),
        new("home", "/{site}/"),
        new("login", "/{site}/account/login"),
        new("healthcare", "/{site}/healthcare", ReadAloud: true),
        new("policy-search", "/{site}/policies"),
        new("policy-results", "/{site}/policies?q=重阳节走访慰问"),
        new("policy-document", "/{site}/policies/1", ReadAloud: true),
        new("policy-corrected", "/{site}/policies?q=重阳节走访位问"),
        new("policy-no-results", "/{site}/policies?q=火星探测器 登月计划"),
        new("column", "/{site}/columns/news"),
        new("article", "/{site}/articles/1", ReadAloud: true),
        new("article-shared", "/{site}/articles/1?from=jiangsu", ReadAloud: true),
    ];

    public static readonly IReadOnlyDictionary<string, string> Themes = new Dictionary<string, string>
    {
        ["clear"] = ClearSite,
        ["classic"] = ClassicSite,
    };

    public static IEnumerable<PublicPage> All => Kinds.SelectMany(kind => kind.Path.Contains("{site}", StringComparison.Ordinal)
        ? Themes.Select(theme => new PublicPage(kind, theme.Key, kind.Path.Replace("{site}", theme.Value, StringComparison.Ordinal)))
        : [new PublicPage(kind, "platform", kind.Path)]);

    public static PublicPage Find(string id) => All.Single(page => page.Id == id);

    /// <summary>Every page in normal and in elder mode.</summary>
    public static TheoryData<string, DisplayMode> InBothModes() => Rows(All, DisplayMode.Standard, DisplayMode.Elder);

    /// <summary>Every page in normal, elder and high-contrast mode.</summary>
    public static TheoryData<string, DisplayMode> InAllModes() => Rows(All, DisplayMode.Standard, DisplayMode.Elder, DisplayMode.HighContrast);

    /// <summary>Every page in normal, elder and elder-with-largest-text mode (for layout).</summary>
    public static TheoryData<string, DisplayMode> InBothModesAndLargestText() => Rows(All, DisplayMode.Standard, DisplayMode.Elder, DisplayMode.ElderLargestText);

    public static TheoryData<string, DisplayMode> WithReadAloud() => Rows(All.Where(page => page.Kind.ReadAloud), DisplayMode.Standard, DisplayMode.Elder);

    public static TheoryData<string> Each()
    {
        var data = new TheoryData<string>();
        foreach (var page in All)
        {
            data.Add(page.Id);
        }

        return data;
    }

    private static TheoryData<string, DisplayMode> Rows(IEnumerable<PublicPage> pages, params DisplayMode[] modes)
    {
        var data = new TheoryData<string, DisplayMode>();
        foreach (var page in pages)
        {
            foreach (var mode in modes)
            {
                data.Add(page.Id, mode);
            }
        }

        return data;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Features.SearchReport;

namespace Portal.Modules.Policies.Pages.Policies;

/// <summary>The public policy library: one large search box, filters with counts, results. No personal data; output-cached for anonymous readers.</summary>
internal sealed class IndexModel(LibrarySearch search, SearchReportReader report, TenantContext tenant) : PageModel
{
    public static IReadOnlyList<(string Key, string Title)> FacetTitles { get; } =
    [
        ("validity", "有效性"), ("level", "层级"), ("year", "年份"), ("issuer", "发文机关"), ("category", "主题分类"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The "page" query parameter (Razor Pages keeps the route value "page" for the page's own path).</summary>
    public string? PageNumber => Request.Query["page"].FirstOrDefault();

    [BindProperty(SupportsGet = true)]
    public string? Issuer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Validity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"1": search exactly what was typed (the reader declined the sound-alike correction).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Exact { get; set; }

    /// <summary>When nothing was found: the query with one word fewer, each a search of its own.</summary>
    public IReadOnlyList<string> FewerWords { get; private set; } = [];

    /// <summary>When nothing was found: what readers of this site search for most (and find).</summary>
    public IReadOnlyList<string> Popular { get; private set; } = [];

    /// <summary>When nothing was found: how to ask the bureau, as the site's editors wrote it.</summary>
    public string? AskText { get; private set; }

    public string SiteName => tenant.RequiredShell.Tenant.DisplayName;

    public PolicySearchOutcome? Outcome { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        var (request, error) = PolicyQueryParser.Parse(Q, PageNumber, null, Issuer, Level, Year, Category, Validity, Sort);
        if (request is null)
        {
            Error = error;
            return;
        }

        try
        {
            Outcome = await search.SearchAsync(request with { Exact = Exact == "1" }, HttpContext.RequestAborted);
        }
        catch (PolicyIndexRebuildingException rebuilding)
        {
            // 503 (never output-cached) with Retry-After: the page says so instead of waiting for the rebuild.
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = PolicyIndexRebuildingException.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            Error = rebuilding.Message;
            return;
        }


        foreach (var source in Outcome.Sources)
        {
            PublicPageCache.DependsOn(HttpContext, source.Name); // a cached page with a province's hits goes when the province edits
        }

        if (Outcome.Result.Total == 0 && request.Query is { } query)
        {
            FewerWords = Search.QueryPlanner.FewerWords(query, 4);
            Popular = await report.PopularAsync(tenant.RequiredShell, 8, HttpContext.RequestAborted);
            AskText = await report.AskTextAsync(tenant.RequiredShell, HttpContext.RequestAborted);
        }
    }

    /// <summary>A plain search for <paramref name="query"/> (no filters, no paging).</summary>
    public string SearchLink(string query, bool exact = false)
    {
        var values = new Dictionary<string, string?> { ["q"] = query };
        if (exact)
        {
            values["exact"] = "1";
        }

        return QueryHelpers.AddQueryString(Url.Content("~/policies"), values);
    }

    public string? Current(string key) => key switch
    {
        "issuer" => Issuer,
        "level" => Level,
        "year" => Year,
        "category" => Category,
        "validity" => Validity,
        _ => null,
    };

    /// <summary>The link's parameters, in the order they appear in every link of the page.</summary>
    private static readonly string[] LinkKeys = ["q", "issuer", "level", "year", "category", "validity", "sort", "exact", "page"];

    private string? _libraryUrl;
    private string?[]? _encodedValues;

    /// <summary>
    /// This search with one parameter changed (null removes it); changing a filter goes back to page 1. A results page
    /// has some seventy of these links (every facet value, every page), so the current values are encoded once.
    /// </summary>
    public string Link(string key, string? value)
    {
        _libraryUrl ??= Url.Content("~/policies");
        _encodedValues ??= [.. LinkKeys.Select(k => ValueOf(k) is { Length: > 0 } current ? UrlEncoder.Default.Encode(current) : null)];
        var link = new StringBuilder(_libraryUrl, _libraryUrl.Length + 96);
        var separator = '?';
        for (var i = 0; i < LinkKeys.Length; i++)
        {
            var name = LinkKeys[i];
            var encoded = name == key
                ? (string.IsNullOrEmpty(value) ? null : UrlEncoder.Default.Encode(value))
                : name == "page" ? null : _encodedValues[i];
            if (encoded is not null)
            {
                link.Append(separator).Append(name).Append('=').Append(encoded);
                separator = '&';
            }
        }

        return link.ToString();
    }

    private string? ValueOf(string key) => key switch
    {
        "q" => Q,
        "sort" => Sort,
        "exact" => Exact,
        "page" => PageNumber,
        _ => Current(key),
    };
}

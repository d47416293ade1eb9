using System.Globalization;
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
internal sealed class IndexModel(PolicySearchService search, SearchReportReader report, TenantContext tenant) : PageModel
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

    /// <summary>This search with one parameter changed (null removes it); changing a filter goes back to page 1.</summary>
    public string Link(string key, string? value)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["issuer"] = Issuer,
            ["level"] = Level,
            ["year"] = Year,
            ["category"] = Category,
            ["validity"] = Validity,
            ["sort"] = Sort,
            ["exact"] = Exact,
            ["page"] = key == "page" ? null : PageNumber,
        };
        values[key] = value;
        if (key != "page")
        {
            values["page"] = null;
        }

        var query = values.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value);
        return QueryHelpers.AddQueryString(Url.Content("~/policies"), query);
    }
}

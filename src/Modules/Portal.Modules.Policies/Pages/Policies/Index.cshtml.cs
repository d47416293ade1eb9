using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Core.Web;
using Portal.Modules.Policies.Features.SearchPolicies;

namespace Portal.Modules.Policies.Pages.Policies;

/// <summary>The public policy library: one large search box, filters with counts, results. No personal data; output-cached for anonymous readers.</summary>
public sealed class IndexModel(PolicySearchService search) : PageModel
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

        Outcome = await search.SearchAsync(request, HttpContext.RequestAborted);
        foreach (var source in Outcome.Sources)
        {
            PublicPageCache.DependsOn(HttpContext, source.Name); // a cached page with a province's hits goes when the province edits
        }
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

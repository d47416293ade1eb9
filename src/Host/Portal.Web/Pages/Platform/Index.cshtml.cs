using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Tenants;

namespace Portal.Web.Pages.Platform;

/// <summary>The platform's own page: the running sites, a page at a time (there may be thousands), read from memory until the registry changes.</summary>
public sealed class IndexModel(SiteListCache sites) : PageModel
{
    public const int PageSize = 60;

    public IReadOnlyList<Tenant> Sites { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        var (items, total) = await sites.PageAsync((PageNumber - 1) * PageSize, PageSize, HttpContext.RequestAborted);
        Sites = [.. items.Where(t => t.State == TenantState.Running)];
        Total = total;
    }
}

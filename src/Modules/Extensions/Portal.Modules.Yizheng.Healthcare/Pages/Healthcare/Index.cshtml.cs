using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Tenants;
using Portal.Modules.Yizheng.Healthcare.Features.Desk;

namespace Portal.Modules.Yizheng.Healthcare.Pages.Healthcare;

/// <summary>The public desk: what the service is and the hospitals' green channels. No personal data here.</summary>
internal sealed class IndexModel(GreenChannelCache channels, TenantContext tenant) : PageModel
{
    public IReadOnlyList<GreenChannel> Channels { get; private set; } = [];

    public async Task OnGetAsync()
        => Channels = await channels.GetAsync(tenant.RequiredShell.Name, HttpContext.RequestServices, HttpContext.RequestAborted);
}

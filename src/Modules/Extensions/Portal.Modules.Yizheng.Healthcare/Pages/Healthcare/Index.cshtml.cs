using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Yizheng.Healthcare.Persistence;

namespace Portal.Modules.Yizheng.Healthcare.Pages.Healthcare;

/// <summary>The public desk: what the service is and the hospitals' green channels. No personal data here.</summary>
internal sealed class IndexModel(HealthcareDbContext db) : PageModel
{
    public sealed record Channel(string Hospital, string Contact, string Phone);

    public IReadOnlyList<Channel> Channels { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.Hospital != "")
            .Select(a => new { a.Hospital, a.GreenChannelContact, a.GreenChannelPhone })
            .ToListAsync(HttpContext.RequestAborted);
        Channels = [.. rows
            .GroupBy(r => r.Hospital)
            .Select(g => new Channel(g.Key, g.First().GreenChannelContact, g.First().GreenChannelPhone))
            .OrderBy(c => c.Hospital, StringComparer.Ordinal)];
    }
}

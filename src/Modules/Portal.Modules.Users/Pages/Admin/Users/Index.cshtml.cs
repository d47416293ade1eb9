using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Accounts;

namespace Portal.Modules.Users.Pages.Admin.Users;

/// <summary>The site's accounts, a page at a time; mobile numbers masked.</summary>
[RequirePermission(Permissions.ManageUsers)]
internal sealed class IndexModel(UserManager<PortalUser> users, AccountPhones phones) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(PortalUser User, IList<string> Roles, bool LockedOut, string PhoneMasked);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var text = Search.Trim();
            var hash = await phones.HashAsync(text, HttpContext.RequestAborted);
            query = query.Where(u => u.UserName!.Contains(text) || u.DisplayName.Contains(text) || u.PhoneNumberHash == hash || u.PhoneNumber == text);
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        var page = await query.OrderBy(u => u.UserName).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        var rows = new List<Row>();
        foreach (var user in page)
        {
            var phone = PersonalDataMasking.Phone(await phones.ReadAsync(user, HttpContext.RequestAborted));
            rows.Add(new Row(user, await users.GetRolesAsync(user), await users.IsLockedOutAsync(user), phone));
        }

        Rows = rows;
    }
}

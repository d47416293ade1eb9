using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Accounts;
using Portal.Modules.Users.Recipes;

namespace Portal.Modules.Users.Pages.Admin.Users;

/// <summary>
/// Opens or edits an account (name, mobile number, units); resets a forgotten password (shown once, to be
/// passed on by phone or in person; who may reset whom: <see cref="StaffPasswordReset"/>) and lifts a lockout. Roles are the 安全管理员's (角色与权限 page).
/// </summary>
[RequirePermission(Permissions.ManageUsers)]
internal sealed class EditModel(UserManager<PortalUser> users, AccountLookup lookup, AccountPhones phones, StaffPasswordReset reset, IAuditLog audit) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public PortalUser? Account { get; private set; }

    public IList<string> Roles { get; private set; } = [];

    public bool LockedOut { get; private set; }

    /// <summary>A password the platform generated, shown on this response only.</summary>
    public string? NewPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        if (id is null)
        {
            return Page();
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new UserInput
        {
            UserName = Account!.UserName,
            DisplayName = Account.DisplayName,
            PhoneNumber = await phones.ReadAsync(Account, HttpContext.RequestAborted),
            Units = string.Join('\n', await AccountUnits.GetAsync(users, Account)),
            ConcurrencyStamp = Account.ConcurrencyStamp,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id)
    {
        var cancel = HttpContext.RequestAborted;
        if (id is not null && !await LoadAsync(id))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Input.DisplayName))
        {
            ModelState.AddModelError("Input.DisplayName", "请填写姓名。");
        }

        var phone = string.IsNullOrWhiteSpace(Input.PhoneNumber) ? null : Input.PhoneNumber.Trim();
        if (phone is not null && !AccountLookup.IsMobileNumber(phone))
        {
            ModelState.AddModelError("Input.PhoneNumber", "请填写 11 位手机号码。");
        }
        else if (await lookup.PhoneTakenAsync(phone, Account?.Id, cancel) is { } taken)
        {
            ModelState.AddModelError("Input.PhoneNumber", taken);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var creating = Account is null;
        var user = Account ?? new PortalUser { UserName = Input.UserName?.Trim() };
        if (!creating && user.ConcurrencyStamp != Input.ConcurrencyStamp)
        {
            ModelState.AddModelError("", "该账号刚被其他人修改过，您的修改没有保存。请重新打开后再改。");
            return Page();
        }

        user.DisplayName = Input.DisplayName!.Trim();
        await phones.SetAsync(user, phone, cancel);
        if (creating)
        {
            NewPassword = InitialCredentials.GeneratePassword();
        }

        var result = creating ? await users.CreateAsync(user, NewPassword!) : await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            NewPassword = null;
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            return Page();
        }

        await AccountUnits.SetAsync(users, user, AccountUnits.Parse(Input.Units));
        await audit.WriteAsync(new AuditEntry(creating ? AuditActions.UserCreate : AuditActions.UserUpdate, $"账号 {user.UserName}")
        {
            Detail = $"姓名 {user.DisplayName}；单位 {string.Join("、", AccountUnits.Parse(Input.Units))}",
        }, cancel);
        if (!creating)
        {
            TempData["Message"] = "账号已保存。";
            return RedirectToPage(new { id = user.Id });
        }

        await LoadAsync(user.Id);
        Input.ConcurrencyStamp = Account!.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (NewPassword, var refusal) = await reset.ResetAsync(User, Account!, HttpContext.RequestAborted);
        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
        }

        await FillInputAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(Account!, null);
        await users.ResetAccessFailedCountAsync(Account!);
        await audit.WriteAsync(new AuditEntry(AuditActions.UserUnlock, $"账号 {Account!.UserName}"), HttpContext.RequestAborted);
        TempData["Message"] = "账号已解锁。";
        return RedirectToPage(new { id });
    }

    /// <summary>停用: the account can no longer sign in, and open sessions end at the next stamp check (a minute).</summary>
    public async Task<IActionResult> OnPostDisableAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await users.SetLockoutEnabledAsync(Account!, true);
        await users.SetLockoutEndDateAsync(Account!, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(Account!);
        await audit.WriteAsync(new AuditEntry(AuditActions.UserUpdate, $"账号 {Account!.UserName}") { Detail = "停用账号" }, HttpContext.RequestAborted);
        TempData["Message"] = "账号已停用。需要时可点“解除锁定”恢复。";
        return RedirectToPage(new { id });
    }

    private async Task FillInputAsync()
    {
        Input = new UserInput
        {
            UserName = Account!.UserName,
            DisplayName = Account.DisplayName,
            PhoneNumber = await phones.ReadAsync(Account, HttpContext.RequestAborted),
            Units = string.Join('\n', await AccountUnits.GetAsync(users, Account)),
            ConcurrencyStamp = Account.ConcurrencyStamp,
        };
    }

    private async Task<bool> LoadAsync(string id)
    {
        Account = await users.FindByIdAsync(id);
        if (Account is null)
        {
            return false;
        }

        Roles = await users.GetRolesAsync(Account);
        LockedOut = await users.IsLockedOutAsync(Account);
        return true;
    }
}

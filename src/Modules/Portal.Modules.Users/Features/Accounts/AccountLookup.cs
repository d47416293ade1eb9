using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Features.Accounts;

/// <summary>Finds the account a person means: by user name, or (retirees) by their mobile number.</summary>
internal sealed partial class AccountLookup(UserManager<PortalUser> users, AccountPhones phones)
{
    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobileNumber();

    public static bool IsMobileNumber(string text) => MobileNumber().IsMatch(text);

    public async Task<PortalUser?> FindAsync(string nameOrPhone, CancellationToken cancellationToken = default)
    {
        var text = nameOrPhone.Trim();
        if (await users.FindByNameAsync(text) is { } byName)
        {
            return byName;
        }

        if (!IsMobileNumber(text))
        {
            return null;
        }

        // Numbers are unique among accounts (checked when saved); two matches would be ambiguous, so none.
        var hash = await phones.HashAsync(text, cancellationToken);
        var matches = await users.Users.Where(u => u.PhoneNumberHash == hash || u.PhoneNumber == text).Take(2).ToListAsync(cancellationToken);
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Null when no other account of the site uses this mobile number.</summary>
    public async Task<string?> PhoneTakenAsync(string? phone, string? exceptUserId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var text = phone.Trim();
        var hash = await phones.HashAsync(text, cancellationToken);
        var taken = await users.Users.AnyAsync(u => (u.PhoneNumberHash == hash || u.PhoneNumber == text) && u.Id != exceptUserId, cancellationToken);
        return taken ? $"手机号 {phone} 已被本站其他账号使用。" : null;
    }
}

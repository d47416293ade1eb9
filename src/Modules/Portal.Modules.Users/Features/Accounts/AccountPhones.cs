using Portal.Core.Data.Protection;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Features.Accounts;

/// <summary>Seals an account's mobile number with its lookup hash, and opens it for the account's own edit page and masked lists.</summary>
internal sealed class AccountPhones(PersonalDataProtector protector)
{
    public const string Purpose = "users.phone";

    public async Task SetAsync(PortalUser user, string? phone, CancellationToken cancellationToken = default)
    {
        var text = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        user.PhoneNumberSealed = await protector.ProtectOptionalAsync(text, Purpose, cancellationToken);
        user.PhoneNumberHash = await protector.PhoneHashAsync(text, cancellationToken);
        user.PhoneNumber = null;
    }

    /// <summary>The number, "" when none; an account saved before numbers were sealed still has it in Identity's column.</summary>
    public async Task<string> ReadAsync(PortalUser user, CancellationToken cancellationToken = default)
        => user.PhoneNumberSealed is { } sealedNumber ? await protector.UnprotectAsync(sealedNumber, Purpose, cancellationToken) : user.PhoneNumber ?? "";

    public ValueTask<string?> HashAsync(string? phone, CancellationToken cancellationToken = default) => protector.PhoneHashAsync(phone, cancellationToken);
}

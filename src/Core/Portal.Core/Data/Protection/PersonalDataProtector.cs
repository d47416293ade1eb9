using Portal.Core.Tenants;

namespace Portal.Core.Data.Protection;

/// <summary>
/// Seals and opens the current tenant's personal values and computes their lookup hashes. The
/// <paramref name="purpose"/> names the field ("healthcare.idNumber"): a value only opens in the
/// field it was sealed for. Opening for a full view on screen goes through <see cref="PersonalDataReveal"/>.
/// </summary>
public sealed class PersonalDataProtector(TenantContext tenant, TenantKeyRing keyRing)
{
    public async ValueTask<ProtectedText> ProtectAsync(string plain, string purpose, CancellationToken cancellationToken = default)
        => (await keyRing.GetAsync(tenant.Tenant.Name, cancellationToken)).Seal(plain, purpose);

    /// <summary>Null stays null and empty stays empty, so optional fields need no branches at the caller.</summary>
    public async ValueTask<ProtectedText?> ProtectOptionalAsync(string? plain, string purpose, CancellationToken cancellationToken = default)
        => string.IsNullOrEmpty(plain) ? null : await ProtectAsync(plain, purpose, cancellationToken);

    /// <summary>Throws <see cref="ProtectedDataException"/> when the value was altered or belongs elsewhere.</summary>
    public async ValueTask<string> UnprotectAsync(ProtectedText value, string purpose, CancellationToken cancellationToken = default)
        => (await keyRing.GetForAsync(tenant.Tenant.Name, value, cancellationToken)).Open(value, purpose);

    public async ValueTask<string> UnprotectOptionalAsync(ProtectedText? value, string purpose, CancellationToken cancellationToken = default)
        => value is null ? "" : await UnprotectAsync(value, purpose, cancellationToken);

    /// <summary>Keyed hash of a 身份证号 for exact lookup (15 digits upgraded to 18, x → X); null when empty.</summary>
    public async ValueTask<string?> IdNumberHashAsync(string? idNumber, CancellationToken cancellationToken = default)
        => PersonalNumbers.NormalizeIdNumber(idNumber) is { Length: > 0 } normalized
            ? (await keyRing.GetAsync(tenant.Tenant.Name, cancellationToken)).Hash(normalized, "id-number")
            : null;

    /// <summary>Keyed hash of a phone number (digits only, +86 dropped); null when empty.</summary>
    public async ValueTask<string?> PhoneHashAsync(string? phone, CancellationToken cancellationToken = default)
        => PersonalNumbers.NormalizePhone(phone) is { Length: > 0 } normalized
            ? (await keyRing.GetAsync(tenant.Tenant.Name, cancellationToken)).Hash(normalized, "phone")
            : null;
}

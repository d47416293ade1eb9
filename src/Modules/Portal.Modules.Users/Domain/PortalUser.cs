using Microsoft.AspNetCore.Identity;
using Portal.Core.Data.Protection;

namespace Portal.Modules.Users.Domain;

/// <summary>
/// An account of one tenant, stored in that tenant's own database. The mobile number is sealed
/// (ADR 0016) with a keyed hash for signing in by phone; Identity's own PhoneNumber column stays
/// empty, except on accounts saved before version 2 until their next save.
/// </summary>
internal sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public ProtectedText? PhoneNumberSealed { get; set; }

    public string? PhoneNumberHash { get; set; }
}

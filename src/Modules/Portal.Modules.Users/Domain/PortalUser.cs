using Microsoft.AspNetCore.Identity;

namespace Portal.Modules.Users.Domain;

/// <summary>An account of one tenant, stored in that tenant's own database.</summary>
public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}

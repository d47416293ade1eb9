using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

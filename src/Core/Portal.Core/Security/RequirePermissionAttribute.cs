using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Security;

/// <summary>
/// Declares the permission a page or endpoint needs. It is an authorization policy ("permission:NAME")
/// resolved by <see cref="PermissionPolicyProvider"/>, and endpoint metadata the permission matrix test reads.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    public const string PolicyPrefix = "permission:";

    public RequirePermissionAttribute(string permission)
        : base(PolicyPrefix + permission)
        => Permission = permission;

    public string Permission { get; }
}

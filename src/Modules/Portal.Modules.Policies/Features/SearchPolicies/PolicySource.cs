using Portal.Core.Tenants;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>A site whose documents a search covers: the site itself or one of its ancestors.</summary>
internal sealed record PolicySource(TenantShell Shell, bool IsOwn)
{
    public string Name => Shell.Name;

    public string DisplayName => Shell.Tenant.DisplayName;
}

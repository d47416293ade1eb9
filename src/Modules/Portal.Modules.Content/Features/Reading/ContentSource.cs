using Portal.Core.Tenants;

namespace Portal.Modules.Content.Features.Reading;

/// <summary>A site whose items a page shows: the current one, or an ancestor that shares down.</summary>
internal sealed record ContentSource(TenantShell Shell, bool IsOwn)
{
    public string Name => Shell.Name;

    public string DisplayName => Shell.Tenant.DisplayName;
}

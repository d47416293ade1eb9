namespace Portal.Modules.Tenants.Pages.Admin.Tenants;

internal sealed class TenantForm
{
    public string? Name { get; set; }

    public string? DisplayName { get; set; }

    public string? Prefix { get; set; }

    public string? Parent { get; set; }
}
